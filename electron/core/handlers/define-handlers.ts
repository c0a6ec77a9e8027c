type Intersection<U> = (U extends unknown ? (group: U) => void : never) extends (group: infer I) => void ? I : never;

/**
 * Joins the areas' handler groups into the one table the core dispatches from. Spreading objects would
 * let a later group silently replace an earlier one's method; here two groups claiming one name stop
 * the core from starting, naming the method.
 */
export function defineHandlers<const Groups extends readonly object[]>(...groups: Groups): Intersection<Groups[number]> {
  const table: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (Object.hasOwn(table, name)) throw new Error(`Two handler groups implement ${name}; each contract method has exactly one handler.`);
      table[name] = handler;
    }
  }
  return table as Intersection<Groups[number]>;
}
