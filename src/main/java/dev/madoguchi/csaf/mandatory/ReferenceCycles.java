package dev.madoguchi.csaf.mandatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A directed graph of named nodes that answers, for each node, whether following its edges can reach a cycle (the
 * node lies on one, or leads into one). One depth-first search over the whole graph, with an explicit stack instead
 * of recursion: linear in nodes plus edges, whatever the depth or the number of cycles.
 */
final class ReferenceCycles {

    private static final byte UNSEEN = 0;
    private static final byte ON_STACK = 1;
    private static final byte DONE = 2;

    private final Map<String, Integer> nodes = new HashMap<>();
    private final List<List<Integer>> edges = new ArrayList<>();
    private boolean[] leadsToCycle;

    /** Adds the edge {@code from → to}, and the nodes when new. */
    void addEdge(String from, String to) {
        int source = node(from);
        edges.get(source).add(node(to));
        leadsToCycle = null;
    }

    /** Whether a path from {@code name} reaches a cycle; {@code false} for a name that is no node. */
    boolean leadsToCycle(String name) {
        Integer node = nodes.get(name);
        if (node == null) {
            return false;
        }
        if (leadsToCycle == null) {
            leadsToCycle = search();
        }
        return leadsToCycle[node];
    }

    private int node(String name) {
        Integer node = nodes.get(name);
        if (node == null) {
            edges.add(new ArrayList<>(2));
            node = edges.size() - 1;
            nodes.put(name, node);
        }
        return node;
    }

    /**
     * A node reaches a cycle when one of its edges goes back to a node still on the search stack (a back edge closes a
     * cycle through the node), or to a node that reaches one. Each node is finished once, after all its edges.
     */
    private boolean[] search() {
        int count = edges.size();
        byte[] state = new byte[count];
        boolean[] result = new boolean[count];
        int[] stack = new int[count];
        int[] nextEdge = new int[count];
        for (int start = 0; start < count; start++) {
            if (state[start] != UNSEEN) {
                continue;
            }
            int depth = 0;
            stack[depth++] = start;
            state[start] = ON_STACK;
            while (depth > 0) {
                int node = stack[depth - 1];
                List<Integer> out = edges.get(node);
                if (nextEdge[node] < out.size()) {
                    int next = out.get(nextEdge[node]++);
                    if (state[next] == UNSEEN) {
                        state[next] = ON_STACK;
                        stack[depth++] = next;
                    } else {
                        result[node] |= state[next] == ON_STACK || result[next];
                    }
                } else {
                    state[node] = DONE;
                    depth--;
                    if (depth > 0) {
                        result[stack[depth - 1]] |= result[node];
                    }
                }
            }
        }
        return result;
    }
}
