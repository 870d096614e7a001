/**
 * The standard federation benchmark's operation, written out: users, their reviews, each review's
 * product (with `shippingEstimate`, which `@requires` price and weight from another subgraph), that
 * product's reviews, their authors, and the authors' reviews and products; plus the top products
 * the same way down. Fragments as in the ecosystem's benchmark.
 */
export const standardQuery = /* GraphQL */ `
  query TestQuery {
    users {
      ...UserFields
      reviews {
        ...ReviewFields
        product {
          ...ProductFields
          reviews {
            ...ReviewFields
            author {
              ...UserFields
              reviews {
                ...ReviewFields
                product {
                  ...ProductFields
                }
              }
            }
          }
        }
      }
    }
    topProducts {
      ...ProductFields
      reviews {
        ...ReviewFields
        author {
          ...UserFields
          reviews {
            ...ReviewFields
            product {
              ...ProductFields
            }
          }
        }
      }
    }
  }

  fragment UserFields on User {
    id
    username
    name
  }

  fragment ReviewFields on Review {
    id
    body
  }

  fragment ProductFields on Product {
    inStock
    name
    price
    shippingEstimate
    upc
    weight
  }
`;
