package org.ztfkit.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.net.HttpResponse;

/**
 * Reading remote JSON without surprises: an HTML page, a truncated document, or a field of the wrong type becomes a
 * {@link ServiceUnavailableException} that names the service and what was wrong; missing values in any of the
 * spellings services use ({@code null}, {@code "None"}, {@code ""}, {@code "NaN"}) read as absent.
 */
final class JsonPayloads {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonPayloads() {
    }

    /** The JSON document of a successful response. */
    static JsonNode parse(HttpResponse r, String service) {
        Responses.rejectHtml(r, service, "JSON");
        try {
            JsonNode node = MAPPER.readTree(r.body());
            if (node == null || node.isMissingNode()) {
                throw bad(service, "answered HTTP " + r.status() + " with an empty body where JSON was expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw bad(service, "sent JSON that cannot be read" + where + " (truncated or malformed; "
                    + r.body().length + " bytes from " + r.url() + ")");
        } catch (java.io.IOException e) {
            throw bad(service, "sent a body that cannot be read: " + e.getMessage());
        }
    }

    /** A number, or empty for null, missing, {@code "None"}, {@code ""} and NaN; a non-numeric text is a bad payload. */
    static OptionalDouble number(JsonNode node, String field, String service) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return OptionalDouble.empty();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
        }
        if (v.isTextual()) {
            String s = v.asText().strip();
            if (isMissingText(s)) {
                return OptionalDouble.empty();
            }
            try {
                double d = Double.parseDouble(s);
                return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
            } catch (NumberFormatException e) {
                throw bad(service, "sent '" + snippet(s) + "' where field '" + field + "' should be a number");
            }
        }
        if (v.isBoolean()) {
            return OptionalDouble.of(v.booleanValue() ? 1 : 0);
        }
        throw bad(service, "sent a " + v.getNodeType().name().toLowerCase() + " where field '" + field
                + "' should be a number");
    }

    /** The fields of one JSON record, read with the rules above; errors name {@code service}. */
    record Fields(JsonNode node, String service) {
        /** A number, NaN for the missing spellings. */
        double num(String field) {
            return number(node, field, service).orElse(Double.NaN);
        }

        /** A required number; {@code context} says whose, for the message. */
        double required(String field, String context) {
            return requiredNumber(node, field, service, context);
        }

        /** A 64-bit integer, null for the missing spellings. */
        Long longOrNull(String field) {
            OptionalLong v = integer(node, field, service);
            return v.isPresent() ? v.getAsLong() : null;
        }

        /** A 32-bit integer, null for the missing spellings. */
        Integer intOrNull(String field) {
            Long v = longOrNull(field);
            return v == null ? null : v.intValue();
        }
    }

    static Fields fields(JsonNode node, String service) {
        return new Fields(node, service);
    }

    /** A required number. */
    static double requiredNumber(JsonNode node, String field, String service, String context) {
        OptionalDouble v = number(node, field, service);
        if (v.isEmpty()) {
            throw bad(service, "sent no value for '" + field + "' of " + context);
        }
        return v.getAsDouble();
    }

    /**
     * A 64-bit integer, exactly (ids such as Pan-STARRS {@code objID} arrive as numbers or strings); empty for the
     * missing spellings.
     */
    static OptionalLong integer(JsonNode node, String field, String service) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return OptionalLong.empty();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return OptionalLong.of(v.longValue());
        }
        if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0) {
            return OptionalLong.of(v.decimalValue().longValueExact());
        }
        if (v.isTextual()) {
            String s = v.asText().strip();
            if (isMissingText(s)) {
                return OptionalLong.empty();
            }
            try {
                return OptionalLong.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw bad(service, "sent '" + snippet(s) + "' where field '" + field + "' should be an integer");
            }
        }
        throw bad(service, "sent " + snippet(v.toString()) + " where field '" + field + "' should be an integer");
    }

    /** A required 64-bit integer. */
    static long requiredInteger(JsonNode node, String field, String service, String context) {
        OptionalLong v = integer(node, field, service);
        if (v.isEmpty()) {
            throw bad(service, "sent no value for '" + field + "' of " + context);
        }
        return v.getAsLong();
    }

    /** A text value, null when missing (the missing spellings included). */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return isMissingText(s.strip()) ? null : s;
    }

    /** The document itself, which must be a JSON array ({@code context} says of what, for the message). */
    static JsonNode array(JsonNode root, String service, String context) {
        if (!root.isArray()) {
            throw bad(service, "sent " + snippet(root.toString()) + " for " + context
                    + " where a JSON array was expected");
        }
        return root;
    }

    /** A required JSON object or array member. */
    static JsonNode required(JsonNode node, String field, String service, String context) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw bad(service, "sent no '" + field + "' in " + context);
        }
        return v;
    }

    /** The body as a compact JSON document for the {@code raw} columns. */
    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree always serialises", e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static boolean isMissingText(String s) {
        return s.isEmpty() || s.equalsIgnoreCase("None") || s.equalsIgnoreCase("null") || s.equalsIgnoreCase("NaN");
    }

    /** A bad payload from {@code service}. */
    static ServiceUnavailableException bad(String service, String reason) {
        return new ServiceUnavailableException(service, reason);
    }

    /** The first 200 characters of a text without markup, on one line. */
    static String snippet(String text) {
        String plain = text.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (plain.isEmpty()) {
            return "(empty)";
        }
        return plain.length() <= 200 ? plain : plain.substring(0, 200) + "…";
    }
}
