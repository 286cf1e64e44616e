import type { Capacity } from "../../core/capacity/types.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { LIST_PAGE, useShownCount } from "../controls/longList.ts";
import { ShowMore } from "../controls/ShowMore.tsx";

/**
 * The size of each LoadBalancer pool, in the design's order: a long list shows its first
 * LIST_PAGE pools and more on request, like the pool list it mirrors (1,000 pools were 3,000
 * elements and 20,000 px of the findings column at every open).
 */
export function PoolSizes({ pools }: { pools: Capacity["lbPools"] }) {
  const count = useShownCount(pools.length, LIST_PAGE);
  return (
    <div className="capacity-family">
      <h3>LoadBalancer pools</h3>
      <dl className="facts">
        {pools.slice(0, count.shown).map((p) => (
          <div key={p.name} className="facts-row">
            <dt>{p.name}</dt>
            <dd>{formatCount(p.addresses)} addresses</dd>
          </div>
        ))}
      </dl>
      <ShowMore total={pools.length} page={LIST_PAGE} count={count} noun="pools" />
    </div>
  );
}
