/**
 * The first associations of the register, written by hand: the examples other teams and the
 * tests name (ASS-0001 is the Senegalese association of Naples), and a Senegalese presence in
 * Campania, Lombardy, Tuscany and Emilia-Romagna that does not depend on chance.
 */
import type { Kind, CulturalFieldCode } from './kinds.js';

export interface Anchor {
  readonly name: string;
  readonly kind: Kind;
  readonly communities: readonly string[];
  /** ISTAT municipality code of the seat. */
  readonly seat: string;
  readonly culturalFields?: readonly CulturalFieldCode[];
  readonly registered: boolean;
}

export const ANCHORS: readonly Anchor[] = [
  { name: 'Associazione dei Senegalesi di Napoli', kind: 'MIGRANT_ASSOCIATION', communities: ['SN'], seat: '063049', registered: true },
  { name: 'Comunità Marocchina di Bergamo', kind: 'MIGRANT_ASSOCIATION', communities: ['MA'], seat: '016024', registered: true },
  { name: 'Rete G2 Seconde Generazioni Torino', kind: 'SECOND_GENERATION_ASSOCIATION', communities: ['MA', 'RO', 'AL', 'PE'], seat: '001272', registered: false },
  { name: 'Teatro Ponte Culturale', kind: 'CULTURAL_ORGANISATION', communities: [], seat: '015146', culturalFields: ['THEATRE', 'MUSIC'], registered: true },
  { name: 'Associazione dei Senegalesi di Caserta', kind: 'MIGRANT_ASSOCIATION', communities: ['SN'], seat: '061022', registered: true },
  { name: 'Associazione Panafricana di Castel Volturno', kind: 'MIGRANT_ASSOCIATION', communities: ['SN', 'NG', 'GH', 'CI'], seat: '061027', registered: false },
  { name: 'Comunità Senegalese di Salerno', kind: 'MIGRANT_ASSOCIATION', communities: ['SN'], seat: '065116', registered: false },
  { name: 'Comunità Senegalese di Brescia', kind: 'MIGRANT_ASSOCIATION', communities: ['SN'], seat: '017029', registered: true },
  { name: 'Associazione dei Senegalesi di Milano', kind: 'MIGRANT_ASSOCIATION', communities: ['SN'], seat: '015146', registered: true },
  { name: 'Associazione Teranga Bologna', kind: 'MIGRANT_ASSOCIATION', communities: ['SN'], seat: '037006', registered: true },
  { name: 'Comunità Senegalese di Firenze', kind: 'MIGRANT_ASSOCIATION', communities: ['SN'], seat: '048017', registered: true },
  { name: 'Associazione dei Senegalesi di Pisa', kind: 'MIGRANT_ASSOCIATION', communities: ['SN'], seat: '050026', registered: false },
  { name: 'Giovani Senegalesi Italiani di Bergamo', kind: 'SECOND_GENERATION_ASSOCIATION', communities: ['SN'], seat: '016024', registered: false },
  { name: 'Comunità Cinese di Prato', kind: 'MIGRANT_ASSOCIATION', communities: ['CN'], seat: '100005', registered: true },
  { name: 'Festival del Cinema delle Diaspore di Milano', kind: 'CULTURAL_ORGANISATION', communities: ['SN', 'MA', 'EG'], seat: '015146', culturalFields: ['CINEMA'], registered: true },
  // Small regions are easily missed by a population-weighted draw; every region has associations.
  { name: 'Comunità Romena di Campobasso', kind: 'MIGRANT_ASSOCIATION', communities: ['RO'], seat: '070006', registered: true },
  { name: 'Africa Unita Isernia', kind: 'MIGRANT_ASSOCIATION', communities: ['NG', 'ML', 'GM'], seat: '094023', registered: false },
  { name: 'Associazione dei Marocchini di Aosta', kind: 'MIGRANT_ASSOCIATION', communities: ['MA'], seat: '007003', registered: true },
  { name: 'Comunità Latinoamericana di Genova', kind: 'MIGRANT_ASSOCIATION', communities: ['EC', 'PE', 'CO', 'BO'], seat: '010025', registered: true },
];
