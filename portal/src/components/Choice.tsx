/** A labelled choice among options, in Bootstrap Italia's select style. */
import type { ReactNode } from 'react';

export function Choice({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="select-wrapper mb-3">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** A choice of region, as every page that filters by region offers it: the graph's regions by name. */
export function RegionChoice({
  label,
  anyLabel,
  regions,
  value,
  onChange,
}: {
  label: string;
  /** The first option, meaning no region. */
  anyLabel: string;
  regions: readonly { readonly node: { readonly code: string; readonly name: { readonly text: string } } }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Choice id="region" label={label} value={value} onChange={onChange}>
      <option value="">{anyLabel}</option>
      {regions.map(({ node }) => (
        <option key={node.code} value={node.code}>
          {node.name.text}
        </option>
      ))}
    </Choice>
  );
}
