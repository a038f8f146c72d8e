// Placeholder: the Producer page is built next (issue 4).
export default function ProducerRoute() {
  return <h1>Producer</h1>;
}
