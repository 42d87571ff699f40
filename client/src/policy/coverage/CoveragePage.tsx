/** Placeholder while the page is built (issue 16). */
export default function CoveragePage() {
  return null;
}
