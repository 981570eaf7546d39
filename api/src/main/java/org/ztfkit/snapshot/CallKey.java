package org.ztfkit.snapshot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Identifies one remote call in a snapshot: the service, the call, and its arguments written canonically (numbers
 * with {@link Double#toString}, so the same arguments always give the same key and an offline run finds what the
 * online run stored).
 *
 * <pre>{@code
 * CallKey k = CallKey.of("snad-ztf-dr", "circle", "dr24", 247.45543, 24.77282, 1.5);
 * k.id();   // "snad-ztf-dr/circle/dr24/247.45543/24.77282/1.5"
 * }</pre>
 *
 * @param service     the service, e.g. {@code snad-ztf-dr}
 * @param call        the call, e.g. {@code oid}, {@code circle}
 * @param arguments   canonical argument texts
 * @param description the call in words for messages, e.g. {@code "cone 247.45543 24.77282 r=1.5\" in dr24"}
 */
public record CallKey(String service, String call, List<String> arguments, String description) {
    public CallKey {
        arguments = List.copyOf(arguments);
    }

    /** A key whose description lists the call and its arguments. */
    public static CallKey of(String service, String call, Object... arguments) {
        List<String> args = java.util.Arrays.stream(arguments).map(CallKey::canonical).toList();
        return new CallKey(service, call, args, call + " " + String.join(" ", args));
    }

    /** The same key with a description in words. */
    public CallKey describedAs(String words) {
        return new CallKey(service, call, arguments, words);
    }

    /** The stored key: {@code service/call/arg/…}. */
    public String id() {
        return service + "/" + call + arguments.stream().map(a -> "/" + a).collect(Collectors.joining());
    }

    static String canonical(Object argument) {
        if (argument instanceof Double d) {
            return Double.toString(d);
        }
        if (argument instanceof Float f) {
            return Double.toString(f.doubleValue());
        }
        return String.valueOf(argument);
    }

    @Override
    public String toString() {
        return id();
    }
}
