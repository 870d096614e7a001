/**
 * The provenance of each data set: every figure this subgraph ships is generated for development,
 * and says so (no official data is shipped). An import of official figures replaces a data set's
 * rows and its row here.
 */
import { DATASETS, type DataSourceTable } from '../tables.js';

const GENERATED = {
  it: 'Generati per lo sviluppo: plausibili, non ufficiali.',
  en: 'Generated for development: plausible, not official.',
  fr: 'Générées pour le développement : plausibles, non officielles.',
  es: 'Generados para el desarrollo: plausibles, no oficiales.',
};

function describe(it: string, en: string): string {
  return JSON.stringify({
    ...GENERATED,
    it: `${GENERATED.it} ${it}`,
    en: `${GENERATED.en} ${en}`,
  });
}

/** One row per data set. */
export function buildSources(): DataSourceTable[] {
  return [
    {
      id: DATASETS.residents,
      generated: 1,
      publisher: 'ISTAT',
      description_i18n: describe(
        'Stranieri residenti al 1° gennaio per provincia e cittadinanza, sul modello della serie ISTAT.',
        'Foreign residents on 1 January by province and citizenship, modelled on the ISTAT series.',
      ),
    },
    {
      id: DATASETS.minors,
      generated: 1,
      publisher: 'Ministero del Lavoro e delle Politiche Sociali',
      description_i18n: describe(
        'Minori stranieri non accompagnati presenti a fine mese per regione, sul modello del censimento del Ministero.',
        "Unaccompanied foreign minors present at the end of each month by region, modelled on the Ministry's census.",
      ),
    },
    {
      id: DATASETS.labour,
      generated: 1,
      publisher: 'ISTAT, Rilevazione sulle forze di lavoro',
      description_i18n: describe(
        'Lavoratori stranieri di 15-64 anni per regione, medie annue, sul modello della rilevazione ISTAT.',
        'Foreign workers aged 15-64 by region, yearly averages, modelled on the ISTAT labour force survey.',
      ),
    },
  ];
}
