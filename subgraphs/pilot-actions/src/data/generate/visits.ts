/**
 * Monitoring visits (Component IV): a first visit three to five months after the start, then one
 * every four to six months, up to the earlier of the action's end and the reference date. Ratings
 * and findings reflect how the action is going. Findings name the place first ("Torino: ...") so
 * that no language needs a preposition that depends on the place.
 */
import { formatId } from '../../../../../lib/ids.js';
import type { Texts } from '../../../../../lib/locale.js';
import type { Random } from '../../../../../lib/random.js';
import { REFERENCE_DAY, dayNumber, dayOf, lastDayOf } from '../../domain/calendar.js';
import type { MonitoringVisitTable } from '../tables.js';
import type { ActionSpec } from './actions.js';

type Band = 'good' | 'fair' | 'poor';

const FINDINGS: Readonly<Record<Band, readonly Texts[]>> = {
  good: [
    { it: '{place}: le attività procedono secondo il cronoprogramma; buona collaborazione tra ente capofila e associazioni partner.', en: '{place}: activities are on schedule; good cooperation between the lead body and the partner associations.', fr: '{place} : les activités respectent le calendrier ; bonne coopération entre le chef de file et les associations partenaires.' },
    { it: 'Visita di monitoraggio, {place}: partecipazione superiore alle attese e registri di presenza completi e aggiornati.', en: 'Monitoring visit, {place}: participation above expectations and complete, up-to-date attendance records.' },
    { it: '{place}: i beneficiari intervistati riferiscono un miglioramento concreto nell’accesso ai servizi.', en: '{place}: the beneficiaries interviewed report a real improvement in access to services.', es: '{place}: los beneficiarios entrevistados señalan una mejora concreta en el acceso a los servicios.' },
  ],
  fair: [
    { it: '{place}: le attività sono avviate ma con ritardi nella rendicontazione e nel coinvolgimento dei servizi pubblici.', en: '{place}: activities have started but with delays in reporting and in involving public services.', fr: '{place} : les activités ont démarré mais avec des retards dans le rapportage et l’implication des services publics.' },
    { it: 'Visita di monitoraggio, {place}: risultati in linea solo su parte degli indicatori; necessario rafforzare la mediazione linguistica.', en: 'Monitoring visit, {place}: results on track for only some indicators; language mediation needs strengthening.' },
  ],
  poor: [
    { it: '{place}: la partecipazione è molto inferiore al previsto e diverse attività sono sospese per carenza di personale.', en: '{place}: participation is far below plan and several activities are on hold for lack of staff.', fr: '{place} : la participation est bien inférieure aux prévisions et plusieurs activités sont à l’arrêt faute de personnel.' },
    { it: 'Visita di monitoraggio, {place}: dati di monitoraggio incompleti e forte ritardo rispetto ai target intermedi.', en: 'Monitoring visit, {place}: incomplete monitoring data and a serious delay against the interim targets.' },
  ],
};

const FOLLOW_UPS: Readonly<Record<Band, readonly string[]>> = {
  good: [
    'Documentare la buona pratica per la banca dati del Piano nazionale',
    'Estendere le attività a un altro comune dell’ambito',
    'Condividere gli strumenti di monitoraggio con le altre azioni della regione',
  ],
  fair: [
    'Inviare la rendicontazione trimestrale entro 30 giorni',
    'Coinvolgere il centro per l’impiego nel tavolo di coordinamento',
    'Rafforzare le ore di mediazione linguistica',
    'Aggiornare il cronoprogramma delle attività',
  ],
  poor: [
    'Presentare un piano di recupero entro 45 giorni',
    'Nuova visita di monitoraggio entro tre mesi',
    'Verificare la sostenibilità del partenariato con il capofila',
    'Ricostruire le serie di dati mancanti dei registri di presenza',
  ],
};

function band(action: ActionSpec, rng: Random): { band: Band; rating: number } {
  if (action.status === 'SUSPENDED' || action.lagging) {
    const rating = rng.int(1, 3);
    return { band: rating <= 2 ? 'poor' : 'fair', rating };
  }
  const rating = rng.int(3, 5);
  return { band: rating >= 4 ? 'good' : 'fair', rating };
}

/** Visits of every action, with sequential ids `MV-0001`. */
export function buildVisits(actions: readonly ActionSpec[], rng: Random): MonitoringVisitTable[] {
  const visits: MonitoringVisitTable[] = [];
  for (const action of actions) {
    const lastDay = Math.min(dayNumber(lastDayOf(action.endMonth)), REFERENCE_DAY);
    for (let month = action.startMonth + rng.int(3, 5); ; month += rng.int(4, 6)) {
      const visitedOn = dayOf(month, rng.int(3, 27));
      const visitedDay = dayNumber(visitedOn);
      if (visitedDay > lastDay) break;
      const municipality = rng.pick(action.municipalities);
      const { band: quality, rating } = band(action, rng);
      const findings: Record<string, string> = {};
      for (const [lang, text] of Object.entries(rng.pick(FINDINGS[quality]))) {
        if (text) findings[lang] = text.replace('{place}', municipality.name);
      }
      visits.push({
        id: formatId('monitoringVisit', visits.length + 1),
        pilot_action_id: action.id,
        visited_on: visitedOn,
        visited_day: visitedDay,
        municipality_code: municipality.istatCode,
        region_code: municipality.regionCode,
        findings_i18n: JSON.stringify(findings),
        rating,
        follow_ups: JSON.stringify(rng.sample(FOLLOW_UPS[quality], rng.int(quality === 'good' ? 0 : 1, 3))),
      });
    }
  }
  return visits;
}
