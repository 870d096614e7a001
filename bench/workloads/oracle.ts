/**
 * The standard query's answer, computed straight from the in-memory data (no GraphQL involved): a
 * gateway's answer is correct when it equals this, field for field and in order.
 */
import {
  inStock,
  productByUpc,
  products,
  reviewsByAuthor,
  reviewsOfProduct,
  shippingEstimate,
  userById,
  users,
  type Product,
  type Review,
  type User,
} from '../subgraphs/data.js';
import type { Json } from './types.js';

const userFields = (u: User) => ({ id: u.id, username: u.username, name: u.name });
const reviewFields = (r: Review) => ({ id: r.id, body: r.body });
const productFields = (p: Product) => ({
  inStock: inStock[p.upc] ?? null,
  name: p.name,
  price: p.price,
  shippingEstimate: shippingEstimate(p.price, p.weight),
  upc: p.upc,
  weight: p.weight,
});

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the benchmark data has no ${what}`);
  return value;
}
const authorOf = (r: Review) => must(userById(r.authorId), `user ${r.authorId}`);
const productOf = (r: Review) => must(productByUpc(r.productUpc), `product ${r.productUpc}`);

/** `author { ...UserFields reviews { ...ReviewFields product { ...ProductFields } } }` */
const authorWithReviews = (u: User) => ({
  ...userFields(u),
  reviews: reviewsByAuthor(u.id).map((r) => ({ ...reviewFields(r), product: productFields(productOf(r)) })),
});

/** `reviews { ...ReviewFields author { ... } }` of a product */
const productReviews = (p: Product) =>
  reviewsOfProduct(p.upc).map((r) => ({ ...reviewFields(r), author: authorWithReviews(authorOf(r)) }));

export function expectedStandardData(): Json {
  return {
    users: users.map((u) => ({
      ...userFields(u),
      reviews: reviewsByAuthor(u.id).map((r) => {
        const product = productOf(r);
        return {
          ...reviewFields(r),
          product: { ...productFields(product), reviews: productReviews(product) },
        };
      }),
    })),
    topProducts: products.slice(0, 5).map((p) => ({ ...productFields(p), reviews: productReviews(p) })),
  };
}
