import { kcmClusterCidrCount } from "./kcmClusterCidrCount.ts";
import { kcmClusterMaskOrder } from "./kcmClusterMaskOrder.ts";
import { kcmIpv6MaskDiff } from "./kcmIpv6MaskDiff.ts";
import type { Rule } from "./rule.ts";

/** Every validation rule, in the order their findings are listed within a severity. */
export const RULES: readonly Rule[] = [kcmClusterCidrCount, kcmClusterMaskOrder, kcmIpv6MaskDiff];
