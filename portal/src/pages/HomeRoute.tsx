// Placeholder: the Home page is built next (issue 4).
export default function HomeRoute() {
  return <h1>Home</h1>;
}
