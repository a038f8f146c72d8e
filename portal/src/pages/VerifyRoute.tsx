// Placeholder: the Verify page is built next (issue 4).
export default function VerifyRoute() {
  return <h1>Verify</h1>;
}
