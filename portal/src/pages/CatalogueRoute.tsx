// Placeholder: the Catalogue page is built next (issue 4).
export default function CatalogueRoute() {
  return <h1>Catalogue</h1>;
}
