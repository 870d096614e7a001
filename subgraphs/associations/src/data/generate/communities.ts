/**
 * The communities (countries of origin, ISO 3166-1 alpha-2) that seeded associations represent,
 * weighted like Italy's foreign-resident population (ISTAT, 1 January 2023, thousands), with the
 * Italian words the association names are made of and where in Italy each community mostly lives.
 */

/** Languages of the activities text besides Italian and English. */
export type ExtraLanguage = 'fr' | 'es' | 'ar' | 'zh';

export interface Community {
  readonly code: string;
  /** Foreign residents in Italy, thousands. */
  readonly residents: number;
  /** Italian masculine plural, as in "Associazione dei Senegalesi". */
  readonly people: string;
  /** Italian feminine singular, as in "Comunità Senegalese". */
  readonly adjective: string;
  /** Italian name of the country, as in "Associazione Italia-Senegal". */
  readonly country: string;
  /** Words of the community's languages or places that associations take as names. */
  readonly words: readonly string[];
  /** Languages the community's associations also write their activities in. */
  readonly languages: readonly ExtraLanguage[];
  /** How much more (or less) than by population the community settles in a region. */
  readonly regions?: Readonly<Record<string, number>>;
  /** How many associations per resident, relative to the average (Senegalese are highly organised). */
  readonly associativeness?: number;
}

type Row = [string, number, string, string, string, string[], ExtraLanguage[], Record<string, number>?, number?];

const NORTH_WORK = { '03': 1.6, '05': 1.4, '08': 1.5, '01': 1.2 };
const ROWS: readonly Row[] = [
  ['RO', 1081, 'Romeni', 'Romena', 'Romania', ['Dacia', 'Doina', 'Casa Romena'], [], { '12': 1.8, '01': 1.6, '05': 1.2, '08': 1.2, '09': 1.2 }, 0.55],
  ['MA', 420, 'Marocchini', 'Marocchina', 'Marocco', ['Al Amal', 'Atlas', 'Al Wifaq'], ['fr', 'ar'], { '03': 1.6, '08': 1.6, '01': 1.4, '05': 1.4, '12': 0.6, '15': 0.6 }],
  ['AL', 416, 'Albanesi', 'Albanese', 'Albania', ['Shqiponja', 'Iliria', 'Skanderbeg'], [], { '09': 1.5, '08': 1.4, '03': 1.3, '16': 1.3, '15': 0.5 }],
  ['CN', 300, 'Cinesi', 'Cinese', 'Cina', ['Huaren', 'Zhonghua', 'Hua Qiao'], ['zh'], { '09': 3, '03': 1.8, '05': 1.3, '08': 1.3, '12': 1.1 }, 0.6],
  ['UA', 249, 'Ucraini', 'Ucraina', 'Ucraina', ['Berehynia', 'Dnipro', 'Kalyna'], [], { '15': 2, '12': 1.5, '08': 1.2, '03': 1.1 }],
  ['BD', 174, 'Bengalesi', 'Bengalese', 'Bangladesh', ['Sonar Bangla', 'Padma', 'Ekushey'], [], { '12': 2.5, '05': 2, '03': 1.2, '16': 0.4 }],
  ['IN', 165, 'Indiani', 'Indiana', 'India', ['Sangat', 'Bharat', 'Punjab'], [], { '03': 1.6, '12': 1.8, '08': 1.4, '05': 1.2 }],
  ['PH', 158, 'Filippini', 'Filippina', 'Filippine', ['Bayanihan', 'Kapatiran', 'Sampaguita'], [], { '03': 2.2, '12': 2.2, '15': 0.4, '16': 0.3 }],
  ['EG', 150, 'Egiziani', 'Egiziana', 'Egitto', ['Al Nour', 'Nilo', 'Masr'], ['ar'], { '03': 2.5, '12': 1.5, '01': 1.1 }],
  ['PK', 140, 'Pakistani', 'Pakistana', 'Pakistan', ['Pak Watan', 'Indus', 'Quaid'], [], { '03': 1.5, '08': 1.5, '09': 1.2 }],
  ['NG', 119, 'Nigeriani', 'Nigeriana', 'Nigeria', ['Naija', 'Unity', 'Oduduwa'], [], { '05': 1.4, '15': 1.4, '08': 1.4, '12': 1.1 }, 1.3],
  ['LK', 113, 'Srilankesi', 'Srilankese', 'Sri Lanka', ['Lanka', 'Serendib', 'Ceylon'], [], { '03': 1.5, '15': 1.8, '19': 1.5, '12': 1.2 }],
  ['SN', 111, 'Senegalesi', 'Senegalese', 'Senegal', ['Teranga', 'Jappo', 'Baol'], ['fr'], { ...NORTH_WORK, '09': 1.5, '15': 2, '16': 1.5, '12': 0.5, '19': 0.6 }, 1.4],
  ['MD', 110, 'Moldavi', 'Moldava', 'Moldova', ['Nistru', 'Dor de Casa', 'Moldova Unita'], [], { '05': 1.8, '01': 1.5, '12': 1.3, '08': 1.3 }],
  ['TN', 100, 'Tunisini', 'Tunisina', 'Tunisia', ['Cartagine', 'Jasmin', 'El Khadra'], ['fr', 'ar'], { '19': 2.2, '08': 1.4, '03': 1.1 }],
  ['PE', 90, 'Peruviani', 'Peruviana', 'Perù', ['Inti Raymi', 'Machu Picchu', 'Señor de los Milagros'], ['es'], { '03': 2.5, '12': 1.5, '01': 1.4, '09': 1.2 }],
  ['EC', 70, 'Ecuadoriani', 'Ecuadoriana', 'Ecuador', ['Mitad del Mundo', 'Chimborazo', 'Pachamama'], ['es'], { '07': 3, '03': 2.2, '12': 1.2 }],
  ['PL', 70, 'Polacchi', 'Polacca', 'Polonia', ['Polonia', 'Wisla'], [], { '12': 1.6, '15': 1.2 }],
  ['BR', 55, 'Brasiliani', 'Brasiliana', 'Brasile', ['Saudade', 'Axé', 'Capoeira'], [], {}],
  ['GH', 50, 'Ghanesi', 'Ghanese', 'Ghana', ['Akwaaba', 'Sankofa', 'Black Star'], [], { '05': 2, '08': 1.5, '15': 1.3, '03': 1.2 }, 1.3],
  ['MK', 50, 'Macedoni', 'Macedone', 'Macedonia del Nord', ['Ohrid', 'Vardar'], [], { '05': 1.8, '11': 1.5 }],
  ['CO', 40, 'Colombiani', 'Colombiana', 'Colombia', ['Macondo', 'Cumbia'], ['es'], { '03': 1.5, '12': 1.3 }],
  ['CI', 35, 'Ivoriani', 'Ivoriana', "Costa d'Avorio", ['Akwaba', 'Eburnea'], ['fr'], NORTH_WORK, 1.3],
  ['RU', 35, 'Russi', 'Russa', 'Russia', ['Rodina', 'Berjozka'], [], {}],
  ['RS', 30, 'Serbi', 'Serba', 'Serbia', ['Morava', 'Sloga'], [], { '05': 1.6, '06': 2.5 }],
  ['DO', 25, 'Dominicani', 'Dominicana', 'Repubblica Dominicana', ['Quisqueya', 'Merengue'], ['es'], { '03': 1.5, '12': 1.5 }],
  ['CU', 25, 'Cubani', 'Cubana', 'Cuba', ['Son Cubano', 'Malecón'], ['es'], {}],
  ['DZ', 20, 'Algerini', 'Algerina', 'Algeria', ['Djurdjura', 'El Bahdja'], ['fr', 'ar'], {}],
  ['ML', 20, 'Maliani', 'Maliana', 'Mali', ['Djoliba', 'Mandé'], ['fr'], { '15': 1.5, '16': 1.5 }, 1.3],
  ['GM', 20, 'Gambiani', 'Gambiana', 'Gambia', ['Kankurang', 'Smiling Coast'], [], { '19': 1.6, '16': 1.3 }, 1.3],
  ['SV', 20, 'Salvadoregni', 'Salvadoregna', 'El Salvador', ['Cuscatlán', 'Izalco'], ['es'], { '03': 3, '12': 1.5 }],
  ['GE', 20, 'Georgiani', 'Georgiana', 'Georgia', ['Kartuli', 'Tbilisi'], [], {}],
  ['BA', 20, 'Bosniaci', 'Bosniaca', 'Bosnia ed Erzegovina', ['Sevdah', 'Neretva'], [], { '06': 2, '05': 1.5 }],
  ['TR', 20, 'Turchi', 'Turca', 'Turchia', ['Anatolia', 'Bosforo'], [], {}],
  ['BF', 15, 'Burkinabè', 'Burkinabè', 'Burkina Faso', ['Faso', 'Wend Panga'], ['fr'], { '05': 2, '08': 1.5 }, 1.3],
  ['GN', 15, 'Guineani', 'Guineana', 'Guinea', ['Fouta Djallon', 'Konkouré'], ['fr'], {}, 1.3],
  ['CM', 15, 'Camerunensi', 'Camerunense', 'Camerun', ['Sawa', 'Mont Cameroun'], ['fr'], {}, 1.3],
  ['AR', 15, 'Argentini', 'Argentina', 'Argentina', ['Tango', 'Río de la Plata'], ['es'], {}],
  ['AF', 12, 'Afghani', 'Afghana', 'Afghanistan', ['Bamiyan', 'Kabul'], [], {}],
  ['BO', 10, 'Boliviani', 'Boliviana', 'Bolivia', ['Illimani', 'Titicaca'], ['es'], { '03': 2, '12': 1.5 }],
  ['SY', 10, 'Siriani', 'Siriana', 'Siria', ['Al Sham', 'Palmira'], ['ar'], {}],
  ['VE', 10, 'Venezuelani', 'Venezuelana', 'Venezuela', ['Orinoco', 'Ávila'], ['es'], {}],
  ['ER', 8, 'Eritrei', 'Eritrea', 'Eritrea', ['Asmara', 'Massaua'], [], { '12': 2, '03': 1.5 }, 1.5],
  ['ET', 8, 'Etiopi', 'Etiope', 'Etiopia', ['Addis', 'Lalibela'], [], { '12': 2 }, 1.5],
  ['SO', 7, 'Somali', 'Somala', 'Somalia', ['Hiddo', 'Mogadiscio'], ['ar'], { '12': 2 }, 1.5],
];

export const COMMUNITIES: readonly Community[] = ROWS.map(
  ([code, residents, people, adjective, country, words, languages, regions, associativeness]) => ({
    code,
    residents,
    people,
    adjective,
    country,
    words,
    languages,
    ...(regions ? { regions } : {}),
    ...(associativeness ? { associativeness } : {}),
  }),
);

const BY_CODE = new Map(COMMUNITIES.map((c) => [c.code, c]));

/** The community with this ISO code; throws on a code the seed does not know (a seed bug). */
export function community(code: string): Community {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`unknown community ${code}`);
  return found;
}

/** Associations representing several communities: a name for the group and who belongs to it. */
export interface CommunityGroup {
  readonly members: readonly string[];
  /** Name templates; `{city}` is the seat. */
  readonly names: readonly string[];
  readonly languages: readonly ExtraLanguage[];
  readonly weight: number;
}

export const GROUPS: readonly CommunityGroup[] = [
  {
    members: ['SN', 'NG', 'GH', 'CI', 'ML', 'BF', 'GM', 'GN', 'CM'],
    names: ['Associazione Panafricana di {city}', 'Coordinamento delle Comunità Africane di {city}', "Casa d'Africa {city}", 'Africa Unita {city}'],
    languages: ['fr'],
    weight: 4,
  },
  {
    members: ['PE', 'EC', 'BO', 'CO', 'SV', 'DO', 'CU', 'VE', 'AR'],
    names: ['Comunità Latinoamericana di {city}', 'Casa de América Latina {city}', 'Red Latina {city}'],
    languages: ['es'],
    weight: 3,
  },
  { members: ['MA', 'TN', 'DZ', 'EG'], names: ['Associazione Maghrebina di {city}', 'Unione delle Comunità del Maghreb di {city}'], languages: ['fr', 'ar'], weight: 2 },
  { members: ['IN', 'PK', 'BD', 'LK'], names: ["Forum dell'Asia Meridionale di {city}", 'Associazione Popoli del Subcontinente {city}'], languages: [], weight: 2 },
  { members: ['RO', 'MD', 'UA', 'PL', 'RU', 'GE'], names: ["Casa dell'Europa Orientale di {city}", 'Associazione Est Europa {city}'], languages: [], weight: 2 },
  { members: ['AL', 'MK', 'RS', 'BA'], names: ['Comunità Balcaniche di {city}'], languages: [], weight: 1 },
  { members: ['ER', 'ET', 'SO'], names: ["Associazione del Corno d'Africa di {city}"], languages: [], weight: 1 },
];
