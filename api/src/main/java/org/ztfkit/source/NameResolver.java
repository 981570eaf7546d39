package org.ztfkit.source;

import java.util.Optional;

/** Turns an object name ({@code Her X-1}, {@code SNAD101}, {@code AT 2018lwh}, {@code ZTF18abqkqdm}) into a position. */
public interface NameResolver {
    /** Short name used in "tried: …" messages, e.g. {@code "name table of the embedded demo sky"}, {@code "Sesame"}. */
    String resolverName();

    /** The position of the named object; empty when this resolver does not know the name. */
    Optional<ResolvedName> resolve(String name);
}
