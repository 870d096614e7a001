/** Addresses, telephone numbers, opening hours and update times, drawn deterministically. */
import type { Random } from '../../../../../lib/random.js';
import type { Phrase } from './types.js';

const STREETS = [
  'Via Roma', 'Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Via Giuseppe Mazzini', 'Piazza del Municipio',
  'Via Camillo Benso di Cavour', 'Via Dante Alighieri', 'Via XX Settembre', 'Via Giacomo Matteotti', 'Piazza Garibaldi',
  'Via Guglielmo Marconi', 'Viale della Repubblica', 'Via Antonio Gramsci', 'Via San Francesco', 'Via Nazionale',
  'Corso Italia', 'Via Alessandro Manzoni', 'Via Giuseppe Verdi', 'Via Don Giovanni Minzoni', 'Via IV Novembre',
  'Piazza della Libertà', 'Via Aldo Moro', 'Largo Europa', 'Via dei Mille', 'Via Vittorio Veneto', 'Via Trieste',
  'Via Trento', 'Via Fratelli Rosselli', 'Via Giosuè Carducci', 'Via Giacomo Leopardi', 'Via Giovanni Pascoli',
  'Via della Stazione', 'Piazza Duomo', 'Via Cesare Battisti', 'Via Piave', 'Via Nino Bixio', 'Via Padre Pio',
  'Via Papa Giovanni XXIII', 'Via Enrico Berlinguer', 'Via Sandro Pertini', 'Viale Giuseppe Di Vittorio', 'Via Filippo Turati',
];

// Area codes of the metropolitan cities' capitals, by province code; elsewhere a four-digit one.
const AREA_CODES: Readonly<Record<string, string>> = {
  '001': '011', '010': '010', '015': '02', '027': '041', '037': '051', '048': '055', '058': '06',
  '063': '081', '072': '080', '080': '0965', '082': '091', '083': '090', '087': '095', '092': '070',
};

/** A street address: "Via Roma 12", sometimes with a letter ("Via Piave 3/B"). */
export function drawAddress(random: Random): string {
  const street = random.pick(STREETS);
  const number = random.int(1, 180);
  const suffix = random.chance(0.08) ? `/${random.pick(['A', 'B', 'C'])}` : '';
  return `${street} ${number}${suffix}`;
}

/** An Italian landline in international format, with the province's area code. */
export function drawPhone(random: Random, provinceCode: string): string {
  const areaCode = AREA_CODES[provinceCode] ?? `0${300 + ((Number(provinceCode) * 37) % 600)}`;
  const digits = 10 - areaCode.length;
  let number = String(random.int(2, 9));
  for (let i = 1; i < digits; i++) number += String(random.int(0, 9));
  return `+39 ${areaCode} ${number}`;
}

const DAYS: readonly Phrase[] = [
  { it: 'Lunedì–venerdì', en: 'Monday to Friday', fr: 'Du lundi au vendredi', es: 'De lunes a viernes', ar: 'من الاثنين إلى الجمعة', zh: '周一至周五' },
  { it: 'Lunedì, mercoledì e venerdì', en: 'Monday, Wednesday and Friday', fr: 'Lundi, mercredi et vendredi', es: 'Lunes, miércoles y viernes', ar: 'الاثنين والأربعاء والجمعة', zh: '周一、周三、周五' },
  { it: 'Lunedì–sabato', en: 'Monday to Saturday', fr: 'Du lundi au samedi', es: 'De lunes a sábado', ar: 'من الاثنين إلى السبت', zh: '周一至周六' },
  { it: 'Martedì e giovedì', en: 'Tuesday and Thursday', fr: 'Mardi et jeudi', es: 'Martes y jueves', ar: 'الثلاثاء والخميس', zh: '周二、周四' },
];
const AFTERNOON_DAYS: Phrase = { it: 'martedì e giovedì anche', en: 'Tuesday and Thursday also', fr: 'mardi et jeudi aussi', es: 'martes y jueves también', ar: 'والثلاثاء والخميس أيضًا', zh: '周二、周四另加' };
const BY_APPOINTMENT: Phrase = { it: '(su appuntamento)', en: '(by appointment)', fr: '(sur rendez-vous)', es: '(con cita previa)', ar: '(بموعد مسبق)', zh: '（需预约）' };
const MORNINGS = [['8:30', '12:30'], ['9:00', '12:30'], ['9:00', '13:00'], ['8:00', '14:00'], ['9:30', '12:30']] as const;
const AFTERNOONS = [['14:30', '17:30'], ['15:00', '18:00'], ['14:00', '16:30']] as const;

function range(from: string, to: string, locale: keyof Phrase): string {
  // French writes hours as 9h00.
  return locale === 'fr' ? `${from.replace(':', 'h')}–${to.replace(':', 'h')}` : `${from}–${to}`;
}

/** Opening hours in every language of the phrases (the caller keeps those the desk speaks). */
export function drawOpeningHours(random: Random, byAppointment: boolean): Phrase {
  const days = random.pick(DAYS);
  const [from, to] = random.pick(MORNINGS);
  const afternoon = days === DAYS[1] || days === DAYS[3] ? null : random.chance(0.5) ? random.pick(AFTERNOONS) : null;
  const text = (locale: 'it' | 'en' | 'fr' | 'es' | 'ar' | 'zh'): string => {
    let out = `${days[locale] ?? days.it} ${range(from, to, locale)}`;
    if (afternoon) out += `; ${AFTERNOON_DAYS[locale] ?? AFTERNOON_DAYS.it} ${range(afternoon[0], afternoon[1], locale)}`;
    if (byAppointment) out += ` ${BY_APPOINTMENT[locale] ?? BY_APPOINTMENT.it}`;
    return out;
  };
  return { it: text('it'), en: text('en'), fr: text('fr'), es: text('es'), ar: text('ar'), zh: text('zh') };
}

const FIRST_UPDATE = Date.UTC(2025, 0, 7);
const LAST_UPDATE = Date.UTC(2026, 2, 31);

/** A last-update timestamp between January 2025 and March 2026, in office hours (UTC). */
export function drawUpdatedAt(random: Random): string {
  const days = Math.floor((LAST_UPDATE - FIRST_UPDATE) / 86_400_000);
  const day = FIRST_UPDATE + random.int(0, days) * 86_400_000;
  const seconds = random.int(7 * 3600, 16 * 3600);
  return new Date(day + seconds * 1000).toISOString();
}
