// Placeholder: the Statistics page is built next (issue 4).
export default function StatisticsRoute() {
  return <h1>Statistics</h1>;
}
