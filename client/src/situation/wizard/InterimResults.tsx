export function InterimResults() {
  return null;
}
