import { firstRepeatIndex, lineField, refuse } from './refuse.ts';
import type { Id, MuseumServiceFacts, VisitObjectFacts } from './types.ts';

/**
 * Seed 002's visit object flags. With IsDisableEditVisitObject the client must send
 * exactly the IsRequire objects: sending none is refused as well, because
 * "none given = the fixed set" would let a client's mistake pass unnoticed and the
 * line would not say what was bought. Without it, every IsRequire object must be
 * among the chosen ones and every chosen one must belong to the service
 * (`visitObjects` lists both the direct and the price-table links of seed 002).
 * A service priced by objects needs at least one, or its price would be zero.
 * Returns the chosen objects in the order given.
 */
export function validateVisitObjects(
  service: MuseumServiceFacts,
  chosenIds: readonly Id[] | undefined,
  lineIndex: number,
): readonly VisitObjectFacts[] {
  const field = lineField(lineIndex, 'visitObjectIds');
  const ids = chosenIds ?? [];
  const repeat = firstRepeatIndex(ids);
  if (repeat >= 0) {
    throw refuse('duplicate_visit_object', `visit object ${ids[repeat]} is chosen twice`, lineField(lineIndex, 'visitObjectIds', repeat));
  }
  const chosen = ids.map((id, index) => {
    const object = service.visitObjects.find((candidate) => candidate.id === id);
    if (!object) {
      throw refuse('unknown_visit_object', `visit object ${id} is not part of ${service.name}`, lineField(lineIndex, 'visitObjectIds', index));
    }
    return object;
  });
  const requiredIds = service.visitObjects.filter((object) => object.isRequire).map((object) => object.id);
  const missing = requiredIds.filter((id) => !ids.includes(id));
  if (service.flags.isDisableEditVisitObject) {
    if (missing.length > 0 || chosen.some((object) => !object.isRequire)) {
      throw refuse('IsDisableEditVisitObject', `${service.name} is sold with exactly these visit objects: ${requiredIds.join(', ')}`, field, {
        requiredVisitObjectIds: requiredIds,
      });
    }
  } else if (missing.length > 0) {
    throw refuse('IsRequire', `visit objects ${missing.join(', ')} are required for ${service.name}`, field, {
      missingVisitObjectIds: missing,
    });
  }
  if (service.flags.isVisitObjectUseForCost && chosen.length === 0) {
    throw refuse('visit_objects_required', `${service.name} is priced by visit object: choose at least one`, field);
  }
  return chosen;
}
