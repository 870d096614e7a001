/** Managing authorities shared by several EU and national sources. */
export const INTERIOR = {
  it: "Ministero dell'Interno – Dipartimento per le Libertà Civili e l'Immigrazione",
  en: 'Ministry of the Interior – Department for Civil Liberties and Immigration',
  fr: "Ministère de l'Intérieur – Département des libertés civiles et de l'immigration",
  es: 'Ministerio del Interior – Departamento de Libertades Civiles e Inmigración',
};
export const LABOUR_IMMIGRATION = {
  it: "Ministero del Lavoro e delle Politiche Sociali – DG dell'Immigrazione e delle Politiche di Integrazione",
  en: 'Ministry of Labour and Social Policies – DG Immigration and Integration Policies',
  fr: "Ministère du Travail et des Politiques sociales – DG de l'immigration et des politiques d'intégration",
};
export const LABOUR_POVERTY = {
  it: 'Ministero del Lavoro e delle Politiche Sociali – DG Lotta alla povertà e programmazione sociale',
  en: 'Ministry of Labour and Social Policies – DG Fight against Poverty and Social Planning',
};
export const COMMISSION = { it: 'Commissione europea', en: 'European Commission', fr: 'Commission européenne', es: 'Comisión Europea' };
