// Small coloured labels: an employer's status, a match band, a yes/no state.
export function StatusBadge({ value, label }: { value: string; label?: string }) {
  return <span className={`badge badge-${value}`}>{label ?? value}</span>;
}
