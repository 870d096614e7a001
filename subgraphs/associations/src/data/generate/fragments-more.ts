/** Activities of the cultural area (one per field) and of third-sector bodies, in six languages. */
import { f, type Fragment } from './fragments.js';

export const CULTURAL_FRAGMENTS: Readonly<Record<string, Fragment>> = {
  LITERATURE: f(
    'Presentazioni di libri, letture e un premio letterario per autori con background migratorio.',
    'Book presentations, readings and a literary prize for authors with a migrant background.',
    "Présentations de livres, lectures et un prix littéraire pour des auteurs issus de l'immigration.",
    'Presentaciones de libros, lecturas y un premio literario para autores de origen migrante.',
    'تقديم كتب وقراءات وجائزة أدبية لكتّاب من أصول مهاجرة.',
    '举办新书发布、朗读会，并为移民背景作家设立文学奖。',
  ),
  CINEMA: f(
    'Rassegne cinematografiche e proiezioni con dibattito sul cinema delle diaspore.',
    'Film seasons and screenings with discussion on diaspora cinema.',
    'Cycles de films et projections-débats sur le cinéma des diasporas.',
    'Ciclos de cine y proyecciones con debate sobre el cine de las diásporas.',
    'مهرجانات وعروض سينمائية مع نقاش حول سينما الشتات.',
    '举办侨民电影展映及映后讨论。',
  ),
  THEATRE: f(
    'Laboratori teatrali interculturali e spettacoli con attori di diverse provenienze.',
    'Intercultural theatre workshops and shows with actors of many origins.',
    "Ateliers de théâtre interculturel et spectacles avec des comédiens d'origines diverses.",
    'Talleres de teatro intercultural y espectáculos con actores de distintos orígenes.',
    'ورشات مسرحية بين الثقافات وعروض مع ممثلين من أصول مختلفة.',
    '开展跨文化戏剧工作坊，并与不同背景的演员合作演出。',
  ),
  MUSIC: f(
    'Concerti, coro multietnico e scuola di musica e percussioni dal mondo.',
    'Concerts, a multi-ethnic choir and a school of world music and percussion.',
    'Concerts, chorale multiethnique et école de musiques et percussions du monde.',
    'Conciertos, coro multiétnico y escuela de músicas y percusiones del mundo.',
    'حفلات موسيقية وجوقة متعددة الأعراق ومدرسة لموسيقى وإيقاعات العالم.',
    '举办音乐会，组建多民族合唱团，开设世界音乐与打击乐学校。',
  ),
  VISUAL_ARTS: f(
    'Mostre, laboratori di fotografia e murales partecipati.',
    'Exhibitions, photography workshops and participatory murals.',
    'Expositions, ateliers de photographie et fresques murales participatives.',
    'Exposiciones, talleres de fotografía y murales participativos.',
    'معارض وورشات تصوير فوتوغرافي وجداريات تشاركية.',
    '举办展览、摄影工作坊和参与式壁画创作。',
  ),
  CULTURAL_HERITAGE: f(
    'Raccolta di memorie e archivi delle migrazioni, visite guidate interculturali ai musei.',
    'Collecting memories and archives of migration, intercultural guided museum tours.',
    'Collecte de mémoires et archives des migrations, visites guidées interculturelles des musées.',
    'Recopilación de memorias y archivos de las migraciones, visitas guiadas interculturales a museos.',
    'جمع ذاكرة الهجرة وأرشيفها وزيارات متعددة الثقافات إلى المتاحف.',
    '收集移民记忆与档案，组织跨文化博物馆导览。',
  ),
};

export const THIRD_SECTOR_FRAGMENTS: readonly Fragment[] = [
  f(
    'Gestione di progetti di accoglienza e integrazione del Sistema di Accoglienza e Integrazione (SAI).',
    'Runs reception and integration projects of the national Reception and Integration System (SAI).',
    "Gestion de projets d'accueil et d'intégration du Système d'accueil et d'intégration (SAI).",
    'Gestión de proyectos de acogida e integración del Sistema de Acogida e Integración (SAI).',
    'إدارة مشاريع الاستقبال والإدماج ضمن نظام الاستقبال والإدماج (SAI).',
    '运营国家接待与融合体系（SAI）的接待和融合项目。',
  ),
  f(
    "Accompagnamento all'autonomia abitativa e mediazione con i proprietari di casa.",
    'Support towards independent housing and mediation with landlords.',
    "Accompagnement vers l'autonomie en matière de logement et médiation avec les propriétaires.",
    'Acompañamiento hacia la autonomía habitacional y mediación con los propietarios.',
    'مرافقة نحو الاستقلالية في السكن ووساطة مع أصحاب المساكن.',
    '协助实现住房自立，并与房东进行沟通调解。',
  ),
  f(
    'Percorsi educativi per minori stranieri non accompagnati.',
    'Educational pathways for unaccompanied foreign minors.',
    'Parcours éducatifs pour mineurs étrangers non accompagnés.',
    'Itinerarios educativos para menores extranjeros no acompañados.',
    'مسارات تربوية للقاصرين الأجانب غير المصحوبين.',
    '为无人陪伴的外国未成年人提供教育支持。',
  ),
  f(
    'Assistenza e programmi di protezione per le vittime di tratta e sfruttamento lavorativo.',
    'Assistance and protection programmes for victims of trafficking and labour exploitation.',
    "Assistance et programmes de protection pour les victimes de la traite et de l'exploitation au travail.",
    'Asistencia y programas de protección para víctimas de trata y explotación laboral.',
    'مساعدة وبرامج حماية لضحايا الاتجار بالبشر والاستغلال في العمل.',
    '为人口贩运和劳动剥削受害者提供援助和保护项目。',
  ),
];
