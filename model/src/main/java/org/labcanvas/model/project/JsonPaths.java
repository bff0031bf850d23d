package org.labcanvas.model.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Converts between Jackson paths, JSON pointers and readable {@code $.a.b[3]} paths, and finds their location. */
final class JsonPaths {
    private JsonPaths() {}

    static String readable(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** {@code $.topology.devices[2].name} to {@code /topology/devices/2/name}. */
    static String pointer(String readable) {
        String p = readable.startsWith("$") ? readable.substring(1) : readable;
        return p.replace("[", "/").replace("]", "").replace('.', '/');
    }

    /**
     * Where the value at {@code readablePath} starts in {@code json}: a second streaming pass, only
     * taken when there is an error to report.
     */
    static Optional<JsonLocation> locate(JsonFactory factory, byte[] json, String readablePath) {
        String target = pointer(readablePath);
        try (JsonParser p = factory.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonPointer here = p.getParsingContext().pathAsPointer();
                if (here.toString().equals(target)) {
                    return Optional.of(p.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
