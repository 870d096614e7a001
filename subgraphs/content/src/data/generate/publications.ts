/**
 * The Portal's yearly reports: one on each of the 14 main communities for every year from 2012,
 * and "Migrants in the Italian Labour Market" for every year from its first edition (2011). The
 * figures follow each community's size and trend; summaries exist in every language of the Portal.
 */
import type { Random } from '../../../../../lib/random.js';
import {
  FIRST_COMMUNITY_REPORT_YEAR,
  FIRST_LABOUR_MARKET_YEAR,
  LAST_SEEDED_REPORT_YEAR,
  REPORTED_COMMUNITIES,
  type ReportedCommunity,
} from '../../domain/communities.js';
import { formatId } from '../../../../../lib/ids.js';
import type { NewPublication } from '../tables.js';
import { communityReportSummary, labourMarketSummary } from './translations.js';
import { dayOf } from './places.js';
import { DOCUMENTS } from './documents.js';

const json = (value: unknown) => JSON.stringify(value);

function communityTitle(c: ReportedCommunity, year: number) {
  return {
    it: `La comunità ${c.adjectiveIt} in Italia. Rapporto annuale sulla presenza dei migranti ${year}`,
    en: `The ${c.adjectiveEn} community in Italy. Annual report on the presence of migrants ${year}`,
  };
}

function labourMarketTitle(edition: number, year: number) {
  const roman = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
  const numeral = roman[edition] ?? String(edition);
  return {
    it: `${numeral} Rapporto annuale. I migranti nel mercato del lavoro in Italia (${year})`,
    en: `${numeral} Annual report. Migrants in the Italian Labour Market (${year})`,
  };
}

/** The yearly reports (PUB-0001 on), year by year, then the documents. */
export function generatePublications(random: Random): NewPublication[] {
  const rows: Omit<NewPublication, 'id'>[] = [];
  for (let year = FIRST_LABOUR_MARKET_YEAR; year <= LAST_SEEDED_REPORT_YEAR; year++) {
    const edition = year - FIRST_LABOUR_MARKET_YEAR + 1;
    const employed = 2_200_000 + (year - 2011) * 35_000 + random.int(-40_000, 40_000);
    rows.push({
      kind: 'LABOUR_MARKET_REPORT',
      year,
      edition,
      community_code: null,
      title_i18n: json(labourMarketTitle(edition, year)),
      summary_i18n: json(
        labourMarketSummary({
          year,
          edition,
          employed,
          employmentPercent: random.int(56, 63),
          unemploymentPercent: random.int(11, 17),
        }),
      ),
      published_on: dayOf(`${year}-07`, random.int(1, 20)),
    });
    if (year < FIRST_COMMUNITY_REPORT_YEAR) continue;
    for (const c of REPORTED_COMMUNITIES) {
      const years = year - FIRST_COMMUNITY_REPORT_YEAR;
      const residents = Math.round(c.residents2012 * 1000 * (1 + c.growth / 100) ** years) + random.int(-900, 900);
      rows.push({
        kind: 'COMMUNITY_REPORT',
        year,
        edition: null,
        community_code: c.code,
        title_i18n: json(communityTitle(c, year)),
        summary_i18n: json(
          communityReportSummary({
            year,
            country: c.code,
            residents,
            womenPercent: c.women + random.int(-1, 1),
            employmentPercent: random.int(48, 78),
          }),
        ),
        published_on: dayOf(`${year}-${random.pick(['10', '11', '12'])}`, random.int(1, 28)),
      });
    }
  }
  rows.push(...DOCUMENTS);
  return rows.map((row, i) => ({ id: formatId('publication', i + 1), ...row }));
}
