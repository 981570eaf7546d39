package org.ztfkit.errors;

import java.util.List;

/** A name that no resolver knows. The message lists the resolvers that were tried, in order. */
public class NameNotResolvedException extends ZtfException {
    private final String name;
    private final List<String> resolversTried;

    public NameNotResolvedException(String name, List<String> resolversTried, String advice) {
        super("cannot resolve '" + name + "' to a sky position (tried: " + String.join(", ", resolversTried) + ")"
                + (advice == null || advice.isBlank() ? "" : ": " + advice));
        this.name = name;
        this.resolversTried = List.copyOf(resolversTried);
    }

    public String name() {
        return name;
    }

    public List<String> resolversTried() {
        return resolversTried;
    }
}
