/**
 * The phrases of newsletter items (Italian and English) by kind: legislation, case law, projects
 * (local, national or international) and news on migration and asylum. Events and publications
 * are presented with their own titles.
 */
type Phrase = (year: number, city: string) => { it: string; en: string };

export const LEGISLATION: readonly Phrase[] = [
  (y) => ({ it: `Decreto flussi: pubblicata la programmazione degli ingressi per lavoro per il ${y}`, en: `Flows decree: the entry quotas for work in ${y} are published` }),
  () => ({ it: 'Permesso di soggiorno: nuove istruzioni operative per il rinnovo', en: 'Residence permits: new operating instructions for renewals' }),
  () => ({ it: 'Conversione del permesso di soggiorno da studio a lavoro: la circolare del Ministero', en: "Converting a study permit into a work permit: the Ministry's circular" }),
  () => ({ it: "Ricongiungimento familiare: chiarimenti sui requisiti di reddito e alloggio", en: 'Family reunification: income and housing requirements clarified' }),
  () => ({ it: 'Protezione speciale: le modifiche al Testo unico sull’immigrazione', en: 'Special protection: the amendments to the Consolidated Immigration Act' }),
  (y) => ({ it: `Legge di bilancio ${y}: le misure per l'integrazione dei cittadini stranieri`, en: `Budget law ${y}: measures for the integration of foreign nationals` }),
];

export const CASE_LAW: readonly Phrase[] = [
  () => ({ it: "Corte di cassazione: il diritto all'assegno sociale dei titolari di permesso di lungo periodo", en: 'Court of Cassation: the right of long-term residents to the social allowance' }),
  () => ({ it: 'Corte costituzionale: illegittimo il requisito di residenza prolungata per l’edilizia pubblica', en: 'Constitutional Court: long-residence requirements for public housing ruled unlawful' }),
  () => ({ it: 'Corte di giustizia UE: parità di trattamento per i lavoratori di paesi terzi', en: 'EU Court of Justice: equal treatment for third-country workers' }),
  () => ({ it: 'Consiglio di Stato: motivazione necessaria per il diniego della cittadinanza', en: 'Council of State: a refusal of citizenship must state its reasons' }),
  () => ({ it: 'Tribunale del lavoro: discriminatorio escludere gli stranieri dal bonus bebè', en: 'Labour court: excluding foreign nationals from the baby bonus is discriminatory' }),
];

export const PROJECTS: Readonly<Record<'LOCAL' | 'NATIONAL' | 'INTERNATIONAL', readonly Phrase[]>> = {
  LOCAL: [
    (_y, c) => ({ it: `Avviato a ${c} uno sportello di orientamento al lavoro per cittadini stranieri`, en: `A job guidance desk for foreign nationals opens in ${c}` }),
    (_y, c) => ({ it: `A ${c} corsi di italiano per donne migranti con servizio di babysitting`, en: `Italian courses for migrant women with childcare in ${c}` }),
    (_y, c) => ({ it: `${c}: un progetto di mediazione interculturale nei servizi sanitari`, en: `${c}: an intercultural mediation project in health services` }),
  ],
  NATIONAL: [
    () => ({ it: 'PUOI: tirocini di inclusione sociale e lavorativa per titolari di protezione', en: 'PUOI: social and work inclusion traineeships for protection holders' }),
    () => ({ it: 'Percorsi per la formazione, il lavoro e l’integrazione dei giovani migranti', en: 'Pathways to training, work and integration for young migrants' }),
    () => ({ it: 'Su.Pr.Eme.: contrasto allo sfruttamento lavorativo in agricoltura', en: 'Su.Pr.Eme.: fighting labour exploitation in agriculture' }),
  ],
  INTERNATIONAL: [
    () => ({ it: 'Corridoi universitari per studenti rifugiati con l’UNHCR', en: 'University corridors for refugee students with UNHCR' }),
    () => ({ it: 'Programma europeo di scambio sulle buone pratiche di integrazione', en: 'European exchange programme on good integration practices' }),
    () => ({ it: 'Formazione pre-partenza nei paesi di origine per i lavoratori in ingresso', en: 'Pre-departure training in countries of origin for incoming workers' }),
  ],
};

export const NEWS: readonly Phrase[] = [
  (y) => ({ it: `Sbarchi e accoglienza: i dati del cruscotto statistico (${y})`, en: `Arrivals and reception: the statistical dashboard figures (${y})` }),
  () => ({ it: 'Minori stranieri non accompagnati: il rapporto di monitoraggio semestrale', en: 'Unaccompanied foreign minors: the half-yearly monitoring report' }),
  () => ({ it: 'Domande di asilo in Europa: le ultime cifre dell’Agenzia dell’UE per l’asilo', en: "Asylum applications in Europe: the EU Asylum Agency's latest figures" }),
  () => ({ it: 'Cittadinanza: crescono le acquisizioni da parte dei giovani nati in Italia', en: 'Citizenship: more young people born in Italy become citizens' }),
  () => ({ it: 'Giornata mondiale del rifugiato: le iniziative in tutta Italia', en: 'World Refugee Day: events all over Italy' }),
];

export const SUMMARY = {
  it: 'Approfondimento a cura della redazione del Portale Integrazione Migranti.',
  en: "An in-depth note by the Migrant Integration Portal's editorial office.",
};
