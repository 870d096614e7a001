/**
 * The regions as @svg-maps/italy draws them, each tied to its two-digit ISTAT code (the graph's
 * `Region.code`). The package draws Trentino-Alto Adige (ISTAT 04) as one location,
 * `trentino-south-tyrol`; should a version draw its two autonomous provinces apart, both shapes
 * belong to region 04 and the map groups every shape of a region into one link.
 */
import italy from '@svg-maps/italy';

/** The package's data, as its README describes it (its own types name a package that is not installed). */
interface SvgMap {
  readonly viewBox: string;
  readonly locations: readonly { readonly id: string; readonly name: string; readonly path: string }[];
}
const map = italy as unknown as SvgMap;

const ISTAT_CODE_OF: Readonly<Record<string, string>> = {
  piedmont: '01',
  'aosta-valley': '02',
  lombardy: '03',
  'trentino-south-tyrol': '04',
  trento: '04',
  'south-tyrol': '04',
  veneto: '05',
  'friuli-venezia-giulia': '06',
  liguria: '07',
  'emilia-romagna': '08',
  tuscany: '09',
  umbria: '10',
  marche: '11',
  lazio: '12',
  abruzzo: '13',
  molise: '14',
  campania: '15',
  apulia: '16',
  basilicata: '17',
  calabria: '18',
  sicily: '19',
  sardinia: '20',
};

/** One region on the map: its ISTAT code and the outlines the package draws for it. */
export interface RegionShape {
  readonly code: string;
  readonly paths: readonly string[];
}

/** The map's coordinate space. */
export const VIEW_BOX = map.viewBox;

/** The regions the package draws, in ISTAT order; a location of no known region is left out. */
export const REGION_SHAPES: readonly RegionShape[] = (() => {
  const byCode = new Map<string, string[]>();
  for (const location of map.locations) {
    const code = ISTAT_CODE_OF[location.id];
    if (code === undefined) continue;
    byCode.set(code, [...(byCode.get(code) ?? []), location.path]);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, paths]) => ({ code, paths }));
})();
