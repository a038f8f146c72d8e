// Placeholder: the Product page is built next (issue 4).
export default function ProductRoute() {
  return <h1>Product</h1>;
}
