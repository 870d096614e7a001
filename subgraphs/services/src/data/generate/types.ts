/** Shapes shared by the seed generators. */
import type { MunicipalityRef, ProvinceRef, RegionRef } from '../../../../../lib/istat.js';
import type { Texts } from '../../../../../lib/locale.js';
import type { ProviderKind, ServiceArea, TargetGroup } from '../enums.js';

/** A text written in Italian and English, with the Portal's other languages where we have them. */
export type Phrase = { it: string; en: string } & Partial<Record<'fr' | 'es' | 'ar' | 'zh', string>>;

/** Where a service is: a real ISTAT municipality with its province and region. */
export interface Place {
  readonly municipality: MunicipalityRef;
  readonly province: ProvinceRef;
  readonly region: RegionRef;
}

/** What a provider kind's generator decides about one service. */
export interface Profile {
  readonly kind: ProviderKind;
  readonly name: Phrase;
  readonly description: Phrase;
  readonly areas: readonly ServiceArea[];
  readonly targetGroups: readonly TargetGroup[];
  readonly freeOfCharge: boolean;
  readonly associationId: string | null;
  readonly email: string | null;
  readonly website: string | null;
  /** Desks that see people by appointment only say so in their opening hours. */
  readonly byAppointment: boolean;
  /** Languages the desk speaks whatever the draw (e.g. the anchors' guaranteed answers). */
  readonly languages?: readonly string[];
}

/** One service, ready to insert (the id is given by its position). */
export interface ServiceSeed {
  readonly kind: ProviderKind;
  readonly place: Place;
  readonly associationId: string | null;
  readonly name: Texts;
  readonly description: Texts;
  readonly openingHours: Texts;
  readonly address: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly website: string | null;
  readonly areas: readonly ServiceArea[];
  readonly languages: readonly string[];
  readonly targetGroups: readonly TargetGroup[];
  readonly freeOfCharge: boolean;
  readonly updatedAt: string;
}

/**
 * The translations of `phrase` a desk can stand behind: Italian and English always, the other
 * Portal languages only where the desk speaks them (a desk with no Arabic speaker publishes no
 * Arabic text).
 */
export function textsFor(phrase: Phrase, languages: readonly string[]): Texts {
  const texts: Texts = { it: phrase.it, en: phrase.en };
  for (const code of ['fr', 'es', 'ar', 'zh'] as const) {
    const text = phrase[code];
    if (text && languages.includes(code)) texts[code] = text;
  }
  return texts;
}

/** A lower-case ASCII slug for e-mail addresses and web sites ("Reggio nell'Emilia" -> "reggionellemilia"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
