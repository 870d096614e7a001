/**
 * The citizenships of the residents' data set: Italy's largest foreign communities, with the order
 * of magnitude of ISTAT's figures on 1 January 2024 (thousands), the share of women, the yearly
 * trend and where in Italy each community settles more (or less) than the foreign population as a
 * whole. Generated data only follows these shapes; it does not reproduce official figures.
 */

export interface CitizenshipProfile {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Residents in Italy on 1 January 2024, thousands. */
  readonly thousands: number;
  /** Percent of women. */
  readonly womenPercent: number;
  /** Yearly change, percent. */
  readonly trendPercent: number;
  /** Region code -> how much more (above 1) or less than the average foreign resident the community settles there. */
  readonly regions: Readonly<Record<string, number>>;
  /** Province code -> a further preference (Prato's Chinese, Latina's Sikh farm workers...). */
  readonly provinces: Readonly<Record<string, number>>;
  /** Before this year the community was smaller by `factor` (Ukrainians before 2023). */
  readonly before?: readonly [year: number, factor: number];
}

type Row = [string, number, number, number, Record<string, number>?, Record<string, number>?];

const NORTH_WORK = { '03': 1.6, '05': 1.4, '08': 1.5, '01': 1.2 };
const ROWS: readonly Row[] = [
  ['RO', 1073, 57, -1.8, { '12': 1.8, '01': 1.6, '05': 1.2, '08': 1.2, '09': 1.2, '15': 0.5, '16': 0.6, '19': 0.7 }, { '058': 1.3, '001': 1.2 }],
  ['MA', 415, 47, -1.0, { '03': 1.6, '08': 1.6, '01': 1.4, '05': 1.4, '12': 0.6, '15': 0.6, '19': 0.7 }],
  ['AL', 416, 49, -1.2, { '09': 1.5, '08': 1.4, '03': 1.3, '16': 1.3, '11': 1.3, '15': 0.5 }],
  ['CN', 308, 50, -0.5, { '09': 2.2, '03': 1.8, '05': 1.3, '08': 1.3, '12': 1.1 }, { '100': 12, '048': 1.8 }],
  ['UA', 249, 78, 1.0, { '15': 2.2, '12': 1.5, '08': 1.2, '03': 1.1 }, { '063': 1.4, '065': 1.3 }],
  ['BD', 174, 30, 5.0, { '12': 2.5, '05': 2.0, '03': 1.2, '16': 0.4 }, { '058': 1.8, '027': 2.5 }],
  ['IN', 165, 42, 3.5, { '03': 1.6, '12': 1.8, '08': 1.4, '05': 1.2 }, { '059': 4, '019': 2, '020': 2 }],
  ['PH', 158, 57, -0.5, { '03': 2.2, '12': 2.2, '15': 0.4, '16': 0.3 }, { '015': 2.2, '058': 2 }],
  ['EG', 150, 33, 3.0, { '03': 2.5, '12': 1.5, '01': 1.1 }, { '015': 2 }],
  ['PK', 140, 30, 4.0, { '03': 1.5, '08': 1.5, '09': 1.2 }, { '017': 1.6 }],
  ['NG', 119, 47, 2.5, { '05': 1.4, '15': 1.4, '08': 1.4, '12': 1.1 }],
  ['LK', 113, 47, 1.0, { '03': 1.5, '15': 1.8, '19': 1.5, '12': 1.2 }, { '063': 1.6, '082': 1.5, '015': 1.5 }],
  ['SN', 111, 26, 1.8, { ...NORTH_WORK, '09': 1.5, '15': 0.8, '16': 1.0, '12': 0.5, '19': 0.6 }, { '050': 1.8 }],
  ['MD', 110, 66, -1.5, { '05': 1.8, '01': 1.5, '12': 1.3, '08': 1.3 }],
  ['TN', 100, 38, 2.0, { '19': 2.2, '08': 1.4, '03': 1.1 }, { '081': 2, '088': 2.5 }],
  ['PE', 90, 58, -0.5, { '03': 2.5, '12': 1.5, '01': 1.4, '09': 1.2 }, { '015': 1.8, '001': 1.4 }],
  ['EC', 70, 57, -2.0, { '07': 3, '03': 2.2, '12': 1.2 }, { '010': 2.5, '015': 1.5 }],
  ['PL', 70, 74, -3.0, { '12': 1.6, '15': 1.2 }],
  ['BR', 50, 70, 1.5],
  ['GH', 50, 43, 1.0, { '05': 2, '08': 1.5, '15': 1.3, '03': 1.2 }],
  ['MK', 50, 46, -2.0, { '05': 1.8, '11': 1.5 }],
  ['CO', 40, 62, 4.0, { '03': 1.5, '12': 1.3 }],
  ['CI', 35, 40, 3.5, NORTH_WORK],
  ['RU', 35, 80, 0.5],
  ['RS', 30, 48, -2.0, { '05': 1.6, '06': 2.5 }],
  ['DO', 25, 65, -1.0, { '03': 1.5, '12': 1.5 }],
  ['CU', 25, 70, 0.5],
  ['DZ', 25, 38, 0.5, { '03': 1.2, '19': 1.3 }],
  ['ML', 25, 8, 4.0, { '03': 1.2, '19': 1.4, '15': 1.2 }],
  ['GM', 25, 7, 2.0, { '03': 1.2, '19': 1.5, '15': 1.2 }],
  ['SV', 15, 58, 4.0, { '03': 3.5 }, { '015': 3 }],
  ['GE', 20, 78, 7.0, { '15': 1.6, '12': 1.3, '16': 1.3 }],
  ['BA', 20, 46, -1.5, { '05': 1.5, '06': 2, '03': 1.2 }],
  ['TR', 20, 42, 2.0, { '03': 1.3, '12': 1.2 }],
  ['BF', 15, 34, 1.0, { '05': 2, '08': 1.5, '03': 1.2 }],
  ['GN', 20, 15, 6.0, { '03': 1.2, '19': 1.4, '15': 1.2 }],
  ['CM', 15, 48, 3.0, { '01': 1.4, '08': 1.3 }],
  ['BG', 50, 62, -2.5, { '12': 1.3, '09': 1.3 }],
  ['DE', 35, 58, 0.0, { '04': 3, '09': 1.5 }, { '021': 3 }],
  ['FR', 30, 58, 0.5, { '01': 1.4, '12': 1.2, '07': 1.5 }],
  ['ES', 28, 60, 1.0, { '12': 1.6, '03': 1.3 }],
  ['GB', 28, 56, 0.5, { '09': 1.8, '10': 1.6, '12': 1.3 }],
  ['VE', 15, 60, 6.0, { '12': 1.3, '03': 1.2 }],
  ['IR', 12, 44, 4.0, { '12': 1.3, '03': 1.2 }],
  ['TH', 10, 85, 1.0],
];

/** The citizenships held, largest community first. */
export const CITIZENSHIPS: readonly CitizenshipProfile[] = ROWS.map(
  ([code, thousands, womenPercent, trendPercent, regions = {}, provinces = {}]) => ({
    code,
    thousands,
    womenPercent,
    trendPercent,
    regions,
    provinces,
    // Residence permits of people fleeing the war turned into residence from 2023 on.
    ...(code === 'UA' ? { before: [2023, 0.9] as const } : {}),
  }),
);
