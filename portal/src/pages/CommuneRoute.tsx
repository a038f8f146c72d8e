// Placeholder: the Commune page is built next (issue 4).
export default function CommuneRoute() {
  return <h1>Commune</h1>;
}
