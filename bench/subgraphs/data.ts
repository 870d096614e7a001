/**
 * The standard workload's world, precomputed in memory: six users, nine products, twelve reviews.
 * The shape follows the ecosystem's federation benchmark (users write reviews of products; the
 * inventory knows stock and estimates shipping from price and weight); the values are our own.
 * Each subgraph serves its part; `expectedAnswer` (oracle.ts) reads all of it.
 */

export interface User {
  readonly id: string;
  readonly name: string;
  readonly username: string;
  readonly birthday: number;
}

export interface Product {
  readonly upc: string;
  readonly name: string;
  /** In cents. */
  readonly price: number;
  /** In grams. */
  readonly weight: number;
}

export interface Review {
  readonly id: string;
  readonly body: string;
  readonly authorId: string;
  readonly productUpc: string;
}

export const users: readonly User[] = [
  { id: '1', name: 'Giulia Ferraro', username: 'giulia', birthday: 631152000 },
  { id: '2', name: 'Amina Diallo', username: 'amina', birthday: 757382400 },
  { id: '3', name: 'Marco Esposito', username: 'marco', birthday: 536457600 },
  { id: '4', name: 'Lin Wei', username: 'linwei', birthday: 820454400 },
  { id: '5', name: 'Karim Benali', username: 'karim', birthday: 694224000 },
  { id: '6', name: 'Sofia Romano', username: 'sofia', birthday: 883612800 },
];

export const products: readonly Product[] = [
  { upc: '1', name: 'Desk', price: 899, weight: 100 },
  { upc: '2', name: 'Bookcase', price: 1299, weight: 1000 },
  { upc: '3', name: 'Mug', price: 15, weight: 20 },
  { upc: '4', name: 'Stool', price: 499, weight: 100 },
  { upc: '5', name: 'Radio', price: 1299, weight: 1000 },
  { upc: '6', name: 'Lantern', price: 6999, weight: 300 },
  { upc: '7', name: 'Stove', price: 3999, weight: 2000 },
  { upc: '8', name: 'Freezer', price: 100000, weight: 6000 },
  { upc: '9', name: 'Armchair', price: 9999, weight: 800 },
];

/** Products 1-9 in stock or not (the inventory subgraph's own data). */
export const inStock: Readonly<Record<string, boolean>> = {
  '1': true,
  '2': false,
  '3': false,
  '4': false,
  '5': true,
  '6': true,
  '7': true,
  '8': false,
  '9': true,
};

const sentence =
  'The assembly instructions were clear and every part was in the box, although delivery took longer than promised. ';
/** Bodies of varied length (about 100 to 600 characters), as reviews are. */
const bodies = [1, 3, 2, 5, 1, 4, 2, 1, 3, 2, 6, 1].map(
  (n, i) => `Review ${i + 1}. ${sentence.repeat(n).trim()}`,
);

/** Review i is written by user ((i-1) mod 6)+1 about product ((i-1) mod 5)+1: two reviews per user, two or three per reviewed product. */
export const reviews: readonly Review[] = bodies.map((body, i) => ({
  id: String(i + 1),
  body,
  authorId: String((i % 6) + 1),
  productUpc: String((i % 5) + 1),
}));

export function userById(id: string): User | undefined {
  return users.find((u) => u.id === id);
}

export function productByUpc(upc: string): Product | undefined {
  return products.find((p) => p.upc === upc);
}

export function reviewsByAuthor(authorId: string): readonly Review[] {
  return reviews.filter((r) => r.authorId === authorId);
}

export function reviewsOfProduct(upc: string): readonly Review[] {
  return reviews.filter((r) => r.productUpc === upc);
}

/** Free above 10 euro, otherwise half the weight (the inventory's rule). */
export function shippingEstimate(price: number, weight: number): number {
  return price > 1000 ? 0 : Math.round(weight / 2);
}
