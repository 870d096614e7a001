/**
 * How foreign residents spread over Italy before any community's own preferences: province
 * population (thousands, ISTAT order of magnitude, 2024) times the region's share of foreign
 * residents (percent), higher in the Centre-North than in the South and the islands.
 */
import { istat, type ProvinceRef } from '../../../../../lib/istat.js';

const POPULATION: Readonly<Record<string, number>> = {
  '001': 2210, '002': 165, '003': 362, '004': 582, '005': 207, '006': 408, '007': 123, '008': 209,
  '009': 267, '010': 816, '011': 216, '012': 878, '013': 595, '014': 179, '015': 3250, '016': 1113,
  '017': 1257, '018': 534, '019': 352, '020': 405, '021': 536, '022': 545, '023': 927, '024': 852,
  '025': 198, '026': 876, '027': 836, '028': 933, '029': 228, '030': 515, '031': 138, '032': 229,
  '033': 286, '034': 455, '035': 529, '036': 706, '037': 1017, '038': 340, '039': 386, '040': 393,
  '041': 351, '042': 461, '043': 302, '044': 200, '045': 188, '046': 381, '047': 290, '048': 984,
  '049': 328, '050': 418, '051': 335, '052': 263, '053': 216, '054': 637, '055': 218, '056': 307,
  '057': 150, '058': 4220, '059': 567, '060': 465, '061': 903, '062': 264, '063': 2970, '064': 400,
  '065': 1055, '066': 289, '067': 300, '068': 313, '069': 370, '070': 213, '071': 590, '072': 1222,
  '073': 555, '074': 377, '075': 770, '076': 350, '077': 192, '078': 666, '079': 341, '080': 518,
  '081': 412, '082': 1200, '083': 600, '084': 413, '085': 248, '086': 155, '087': 1068, '088': 316,
  '089': 386, '090': 475, '091': 200, '092': 420, '093': 311, '094': 81, '095': 150, '096': 170,
  '097': 334, '098': 228, '099': 340, '100': 258, '101': 163, '102': 150, '103': 155, '108': 873,
  '109': 168, '110': 380, '111': 330,
};

/** Foreign residents as a percent of each region's population. */
export const FOREIGN_PERCENT: Readonly<Record<string, number>> = {
  '01': 9.8, '02': 6.5, '03': 11.7, '04': 9.6, '05': 10.3, '06': 9.3, '07': 9.6, '08': 12.6, '09': 11.4, '10': 10.6,
  '11': 8.5, '12': 10.9, '13': 6.4, '14': 4.4, '15': 4.6, '16': 3.6, '17': 4.5, '18': 5.5, '19': 3.9, '20': 3.2,
};

/** How many foreign residents a province draws, relative to the others (metropolitan cities draw more). */
export function provinceWeight(province: ProvinceRef): number {
  const population = POPULATION[province.code];
  const percent = FOREIGN_PERCENT[province.regionCode];
  if (population === undefined || percent === undefined) throw new Error(`no population for province ${province.code}`);
  return population * percent * (province.isMetropolitanCity ? 1.15 : 1);
}

/** Every province of lib/istat.ts, in code order. */
export function provinces(): readonly ProvinceRef[] {
  return istat().provinces;
}
