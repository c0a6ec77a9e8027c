import type { Handlers } from '../context';
import { profileOf } from '../product/profile-view';
import { CairnError } from '../errors';
import { requireAuthor } from './require-author';
import { orderedMarkets } from '../../../shared/regulatory/markets';

type ProductHandlers = Pick<Handlers, 'product.get' | 'product.update'>;

export const productHandlers: ProductHandlers = {
  'product.get': (_input, ctx) => profileOf(ctx.project),

  'product.update': (given, ctx) => {
    requireAuthor(ctx, 'edit the product profile');
    const before = profileOf(ctx.project);
    // Markets are a set: stored once each in one order, so the same choice in another order changes nothing.
    const input = given.markets ? { ...given, markets: orderedMarkets(given.markets) } : given;
    const changed = (Object.keys(input) as (keyof typeof input)[]).filter((key) => input[key] !== undefined && JSON.stringify(input[key]) !== JSON.stringify(before[key]));
    if (changed.length === 0) throw new CairnError('invalid_input', 'Nothing to change: every field already holds that value.');
    const { productName, manufacturer, ...profileFields } = input;
    if (productName !== undefined || manufacturer !== undefined) {
      ctx.project.project.update({ productName: productName ?? before.productName, manufacturer: manufacturer ?? before.manufacturer });
      ctx.audit({
        action: 'update',
        entity: 'project',
        entityId: 1,
        summary: 'Product details changed',
        before: { productName: before.productName, manufacturer: before.manufacturer },
        after: { productName: productName ?? before.productName, manufacturer: manufacturer ?? before.manufacturer },
      });
    }
    const { updatedAt: _at, missing: _missing, productName: _p, manufacturer: _m, ...current } = before;
    ctx.project.profile.update({ ...current, ...profileFields }, ctx.now());
    const after = profileOf(ctx.project);
    const profileChanges = changed.filter((key) => key !== 'productName' && key !== 'manufacturer');
    if (profileChanges.length > 0) {
      ctx.audit({
        action: 'update',
        entity: 'product_profile',
        entityId: 1,
        summary: `Product profile changed: ${profileChanges.join(', ')}`,
        before: Object.fromEntries(profileChanges.map((key) => [key, before[key]])),
        after: Object.fromEntries(profileChanges.map((key) => [key, after[key]])),
      });
    }
    return after;
  },
};
