/**
 * The languages (ISO 639-1) that a migrant community speaks besides Italian, by country of origin
 * (ISO 3166-1 alpha-2): the official or most widely spoken languages, and the lingua franca the
 * community uses at a desk (French for much of West Africa, English for the Philippines). It
 * covers the largest foreign communities in Italy (ISTAT, residents by citizenship) and more;
 * a community not listed has no languages here.
 */
export const COMMUNITY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  // Europe
  RO: ['ro'], AL: ['sq'], UA: ['uk', 'ru'], MD: ['ro', 'ru'], PL: ['pl'], BG: ['bg'], RU: ['ru'],
  MK: ['mk', 'sq'], RS: ['sr'], BA: ['bs', 'hr', 'sr'], HR: ['hr'], ME: ['sr'], BY: ['be', 'ru'],
  GE: ['ka', 'ru'], AM: ['hy', 'ru'], DE: ['de'], FR: ['fr'], ES: ['es'], PT: ['pt'], GB: ['en'],
  NL: ['nl'], AT: ['de'], CH: ['de', 'fr'], GR: ['el'], HU: ['hu'], SK: ['sk'], CZ: ['cs'], TR: ['tr'],
  // North Africa and the Middle East
  MA: ['ar', 'fr'], EG: ['ar'], TN: ['ar', 'fr'], DZ: ['ar', 'fr'], LY: ['ar'], SD: ['ar'],
  SY: ['ar'], IQ: ['ar', 'ku'], LB: ['ar', 'fr'], JO: ['ar'], IR: ['fa'], IL: ['he', 'ar'],
  // Sub-Saharan Africa
  SN: ['wo', 'fr'], NG: ['en', 'yo', 'ig', 'ha'], GH: ['en', 'ak'], CI: ['fr'], BF: ['fr'],
  ML: ['bm', 'fr'], GM: ['en', 'wo'], GN: ['fr', 'ff'], CM: ['fr', 'en'], ER: ['ti', 'ar'],
  ET: ['am'], SO: ['so', 'ar'], TG: ['fr', 'ee'], BJ: ['fr'], CD: ['fr', 'ln'], CG: ['fr', 'ln'],
  KE: ['sw', 'en'], SL: ['en'], LR: ['en'], CV: ['pt'], AO: ['pt'], MU: ['fr', 'en'], NE: ['fr', 'ha'],
  // Asia
  CN: ['zh'], IN: ['pa', 'hi'], BD: ['bn'], PH: ['tl', 'en'], PK: ['ur', 'pa'], LK: ['si', 'ta'],
  AF: ['fa', 'ps'], NP: ['ne'], VN: ['vi'], TH: ['th'], JP: ['ja'], KR: ['ko'], ID: ['id'],
  KZ: ['kk', 'ru'], KG: ['ky', 'ru'], UZ: ['uz', 'ru'], AZ: ['az'],
  // The Americas
  PE: ['es'], EC: ['es'], BR: ['pt'], DO: ['es'], CO: ['es'], SV: ['es'], CU: ['es'], VE: ['es'],
  AR: ['es'], BO: ['es'], PY: ['es', 'gn'], MX: ['es'], HN: ['es'], CL: ['es'], US: ['en'],
  CA: ['en', 'fr'],
};

/** The languages a community speaks besides Italian, the most widely spoken first ([] when unknown). */
export function languagesOf(community: string): readonly string[] {
  return Object.hasOwn(COMMUNITY_LANGUAGES, community) ? (COMMUNITY_LANGUAGES[community] ?? []) : [];
}
