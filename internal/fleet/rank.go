package fleet

import (
	"hash/fnv"
	"slices"
	"sort"
)

// score is a node's rendezvous score for a scale set: every node computes
// the same order from the same names, without talking to the others.
func score(scaleSet, node string) uint64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte(scaleSet))
	_, _ = h.Write([]byte{0})
	_, _ = h.Write([]byte(node))
	return h.Sum64()
}

// ranking orders, for every scale set, the nodes that serve it by
// preference. The first node of each scale set is chosen so that
// leaderships spread: scale sets in name order each go to the node that
// was given the fewest so far (ties by rendezvous score); the other nodes
// follow by rendezvous score. serving maps a scale set to the nodes that
// serve it. Every node computes the same ranking from the same view.
func ranking(serving map[string][]string) map[string][]string {
	sets := make([]string, 0, len(serving))
	for s := range serving {
		sets = append(sets, s)
	}
	sort.Strings(sets)
	given := map[string]int{}
	out := make(map[string][]string, len(sets))
	for _, s := range sets {
		nodes := slices.Clone(serving[s])
		slices.Sort(nodes)
		nodes = slices.Compact(nodes)
		sort.SliceStable(nodes, func(a, b int) bool { return score(s, nodes[a]) > score(s, nodes[b]) })
		if len(nodes) == 0 {
			continue
		}
		first := 0
		for i, n := range nodes {
			if given[n] < given[nodes[first]] {
				first = i
			}
		}
		given[nodes[first]]++
		order := append([]string{nodes[first]}, slices.Delete(slices.Clone(nodes), first, first+1)...)
		out[s] = order
	}
	return out
}

// rankOf is node's place in a scale set's order (0 is the preferred
// node), or -1 when it does not serve the scale set.
func rankOf(order []string, node string) int {
	return slices.Index(order, node)
}
