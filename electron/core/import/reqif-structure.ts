import { attr, child, list, refIn, type XmlNode } from './reqif-nodes';

/** Where a SPEC-OBJECT sits: the object above it in its specification's tree (null at the top) and that specification. */
export interface ReqifPlace {
  parent: string | null;
  specification: string;
}

/** A SPEC-RELATION between two SPEC-OBJECTs, with its SPEC-RELATION-TYPE's name as the file gives it. */
export interface ReqifRelation {
  source: string;
  target: string;
  type: string;
}

/**
 * The SPEC-HIERARCHY trees of every SPECIFICATION, depth first: each object's place, in document order.
 * An object listed twice keeps its first place (ReqIF allows one object in several trees; Cairn's outline holds it once).
 */
export function hierarchy(content: XmlNode): Map<string, ReqifPlace> {
  const places = new Map<string, ReqifPlace>();
  const walk = (children: XmlNode | undefined, parent: string | null, specification: string) => {
    for (const h of list(children?.['SPEC-HIERARCHY'])) {
      const ref = refIn(child(h, 'OBJECT'));
      if (ref && !places.has(ref)) places.set(ref, { parent, specification });
      walk(child(h, 'CHILDREN'), ref || parent, specification);
    }
  };
  for (const spec of list(child(content, 'SPECIFICATIONS')?.SPECIFICATION)) {
    walk(child(spec, 'CHILDREN'), null, attr(spec, 'LONG-NAME').trim() || attr(spec, 'IDENTIFIER'));
  }
  return places;
}

/** Every SPEC-RELATION whose both ends are objects; the type is named by its LONG-NAME, else its IDENTIFIER. */
export function relations(content: XmlNode): ReqifRelation[] {
  const typeNames = new Map<string, string>();
  for (const type of list(child(content, 'SPEC-TYPES')?.['SPEC-RELATION-TYPE'])) {
    const id = attr(type, 'IDENTIFIER');
    typeNames.set(id, attr(type, 'LONG-NAME').trim() || id);
  }
  return list(child(content, 'SPEC-RELATIONS')?.['SPEC-RELATION']).flatMap((relation) => {
    const source = refIn(child(relation, 'SOURCE'));
    const target = refIn(child(relation, 'TARGET'));
    const typeRef = refIn(child(relation, 'TYPE'));
    return source && target ? [{ source, target, type: typeNames.get(typeRef) ?? typeRef }] : [];
  });
}
