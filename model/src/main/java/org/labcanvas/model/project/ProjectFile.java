package org.labcanvas.model.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.labcanvas.model.topology.Secret;

/**
 * Reads and writes {@code .labcanvas} project files.
 *
 * <ul>
 *   <li>The file is JSON starting {@code {"format": "labcanvas", "version": 1, ...}}, with a stable
 *       key order so that it diffs well.</li>
 *   <li>Loading is all-or-nothing: syntax, type and structure errors end in one
 *       {@link ProjectFileException} with line, column and JSON path.</li>
 *   <li>No polymorphic typing is enabled, so a file can never name a Java class; Jackson's stream
 *       limits bound nesting, string and document size.</li>
 *   <li>Saving writes a temporary file, forces it to disk and renames it over the target, keeping
 *       the previous version as {@code FILE.bak}.</li>
 * </ul>
 */
public final class ProjectFile {
    public static final String FORMAT = "labcanvas";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".labcanvas";
    /** Larger than a generated 60,000-spoke design; anything bigger is refused before parsing. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(ProjectFile.class.getName());

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(40)
                    .maxNameLength(1_000)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private ProjectFile() {}

    /** Loads a project; on any problem nothing is returned and the exception says where. */
    public static Project load(Path file) throws ProjectFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProjectFileException(name, 0, 0, null, "file is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(name, "no such file", e);
        } catch (ProjectFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ProjectFileException(name, "cannot read: " + e.getMessage(), e);
        }
        return parse(bytes, name);
    }

    /** Parses project JSON; {@code sourceName} is used in messages. */
    public static Project parse(byte[] json, String sourceName) throws ProjectFileException {
        checkHeader(json, sourceName);
        ProjectDocument doc;
        try {
            doc = MAPPER.readValue(json, ProjectDocument.class);
        } catch (JsonProcessingException e) {
            throw fromJackson(e, sourceName);
        } catch (IOException e) {
            throw new ProjectFileException(sourceName, "cannot read: " + e.getMessage(), e);
        }
        if (doc.topology() == null) {
            throw located(json, sourceName, "$", "the file has no \"topology\" object");
        }
        Project project = new Project(doc.name(), doc.topology(), doc.layout());
        List<ProjectStructure.Problem> problems = ProjectStructure.check(project);
        if (!problems.isEmpty()) {
            ProjectStructure.Problem first = problems.get(0);
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem"
                    + (problems.size() > 2 ? "s" : "") + ")" : "";
            throw located(json, sourceName, first.path(), first.message() + more);
        }
        return project;
    }

    public static Project parse(String json, String sourceName) throws ProjectFileException {
        return parse(json.getBytes(StandardCharsets.UTF_8), sourceName);
    }

    /** The file's text: deterministic, UTF-8, ending in a newline. */
    public static String toJson(Project project) {
        ProjectDocument doc = new ProjectDocument(FORMAT, VERSION, project.name(), project.topology(), project.layout());
        try {
            return WRITER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise project", e);
        }
    }

    /**
     * Saves atomically: the new text goes to a temporary file in the same folder, is forced to
     * disk and renamed over {@code file}; the previous version, if any, becomes {@code file.bak}.
     * If anything fails, {@code file} is untouched.
     */
    public static void save(Project project, Path file) throws IOException {
        byte[] bytes = toJson(project).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            writeAndForce(tmp, bytes);
            if (Files.exists(target)) {
                copyPermissions(target, tmp);
                Path bak = backupPath(target);
                Path bakTmp = Files.createTempFile(dir, "." + bak.getFileName() + ".", ".tmp");
                try {
                    writeAndForce(bakTmp, Files.readAllBytes(target));
                    copyPermissions(target, bakTmp);
                    move(bakTmp, bak);
                } finally {
                    Files.deleteIfExists(bakTmp);
                }
            }
            move(tmp, target);
            forceDirectory(dir);
            LOG.log(System.Logger.Level.DEBUG, "saved {0} ({1} devices, {2} bytes)", target,
                    project.topology().devices().size(), bytes.length);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static Path backupPath(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static void writeAndForce(Path p, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (src == null || dst == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = src.readAttributes().permissions();
            dst.setPermissions(perms);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot copy permissions to {0}: {1}", to, e.getMessage());
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for sync; the rename itself already happened.
            LOG.log(System.Logger.Level.DEBUG, "cannot sync directory {0}: {1}", dir, e.getMessage());
        }
    }

    /** First pass: is this a LabCanvas file of a version we read? Also finds any syntax error. */
    private static void checkHeader(byte[] json, String source) throws ProjectFileException {
        String format = null;
        Integer version = null;
        JsonLocation versionAt = null;
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ProjectFileException(source, 1, 1, null, "the file is empty");
            }
            if (t != JsonToken.START_OBJECT) {
                throw at(source, p.currentTokenLocation(), null,
                        "a LabCanvas project is a JSON object starting {\"format\": \"labcanvas\", ...}");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if ("format".equals(field) && v == JsonToken.VALUE_STRING) {
                    format = p.getText();
                } else if ("version".equals(field) && v == JsonToken.VALUE_NUMBER_INT) {
                    version = p.getIntValue();
                    versionAt = p.currentTokenLocation();
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw at(source, p.currentTokenLocation(), null, "unexpected content after the end of the project object");
            }
        } catch (ProjectFileException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw fromJackson(e, source);
        } catch (IOException e) {
            throw new ProjectFileException(source, "cannot read: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(format)) {
            throw new ProjectFileException(source, 1, 1, "$.format",
                    "not a LabCanvas project: expected \"format\": \"labcanvas\"");
        }
        if (version == null) {
            throw new ProjectFileException(source, 1, 1, "$.version", "missing \"version\" (an integer, currently "
                    + VERSION + ")");
        }
        if (version > VERSION) {
            throw at(source, versionAt, "$.version", "this project was saved by a newer LabCanvas (file format version "
                    + version + "); this release reads versions up to " + VERSION + ". Update LabCanvas to open it.");
        }
        if (version < 1) {
            throw at(source, versionAt, "$.version", "invalid file format version " + version);
        }
    }

    private static ProjectFileException located(byte[] json, String source, String path, String message) {
        JsonLocation loc = JsonPaths.locate(FACTORY, json, path).orElse(null);
        return at(source, loc, path, message);
    }

    private static ProjectFileException at(String source, JsonLocation loc, String path, String message) {
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        return new ProjectFileException(source, line, col, path, message);
    }

    private static ProjectFileException fromJackson(JsonProcessingException e, String source) {
        String path = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            path = JsonPaths.readable(m.getPath());
        }
        return at(source, e.getLocation(), path, describe(e));
    }

    /** Turns Jackson's message into one a user can act on, without Java class names or secret values. */
    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field \"" + u.getPropertyName() + "\"" + (known.isEmpty() ? "" : " (expected one of: " + known + ")");
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> type = f.getTargetType();
            if (type != null && type.isEnum()) {
                String allowed = Arrays.stream(type.getEnumConstants())
                        .map(c -> enumName((Enum<?>) c)).collect(Collectors.joining(", "));
                return "\"" + f.getValue() + "\" is not allowed here; expected one of: " + allowed;
            }
            if (type == Secret.class) {
                return "invalid secret value";
            }
            return "invalid value for " + simpleType(type);
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> type = m.getTargetType();
            if (type != null) {
                return "wrong kind of value: expected " + simpleType(type);
            }
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return "malformed JSON";
        }
        int nl = msg.indexOf('\n');
        msg = nl > 0 ? msg.substring(0, nl) : msg;
        return "malformed JSON: " + msg.replaceAll("`[a-z0-9_.]+\\.([A-Za-z0-9_$]+)`", "$1");
    }

    private static String enumName(Enum<?> c) {
        try {
            var ann = c.getDeclaringClass().getField(c.name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return ann != null ? ann.value() : c.name();
        } catch (NoSuchFieldException ex) {
            return c.name();
        }
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == Secret.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...} (" + type.getSimpleName() + ")";
    }
}
