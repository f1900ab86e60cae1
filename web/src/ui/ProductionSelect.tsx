import { useQuery } from '../api/hooks';
import { ProductionsQuery } from '../pages/production-list/productions.operations';
import { SelectField } from './SelectField';

/** A production picker fed by the productions list; "" is "all productions" when `allLabel` is given. */
export function ProductionSelect({
  value,
  onChange,
  allLabel,
  label = 'Production',
}: {
  value: string;
  onChange(id: string): void;
  allLabel?: string;
  label?: string;
}) {
  const { data, error } = useQuery(ProductionsQuery, { first: 100 });
  const options = data?.productions.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.code} · ${node.title}`,
  }));
  return (
    <SelectField
      label={label}
      value={value}
      options={options ?? []}
      onChange={onChange}
      allLabel={allLabel}
      disabled={!data && !error}
      error={error?.message}
    />
  );
}
