/** The severity header row shared by the heat maps and the acceptability editor; `title` carries each level's definition. */
export function MatrixHead({ severity }: { severity: readonly { name: string; title: string }[] }) {
  return (
    <thead>
      <tr>
        <td className="risk-heat-corner">P \ S</td>
        {severity.map((level, j) => (
          <th key={j} scope="col" title={level.title}>
            S{j + 1}
            <span className="risk-heat-axis">{level.name}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}
