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
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.labcanvas.model.topology.OneLineText;
import org.labcanvas.model.topology.Secret;

/**
 * Reads and writes {@code .labcanvas} project files.
 *
 * <ul>
 *   <li>The file is JSON starting {@code {"format": "labcanvas", "version": 1, ...}}, with a stable
 *       key order so that it diffs well. Version 2 adds {@code scenarios}; a design without
 *       scenarios is still written as version 1, so that older releases keep opening it.</li>
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
    /** The newest version this release reads and writes (2 added scenarios). */
    public static final int VERSION = 2;
    /** The version of a file without scenarios: it stays readable by releases that read version 1 only. */
    public static final int VERSION_WITHOUT_SCENARIOS = 1;
    public static final String EXTENSION = ".labcanvas";
    /** Larger than a generated 60,000-spoke design; anything bigger is refused before parsing. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    /** Nesting depth of objects and lists (a project uses about 8). */
    public static final int MAX_DEPTH = 64;
    /** Characters in one text value. */
    public static final int MAX_STRING = 1_000_000;
    /** Characters in one number. */
    public static final int MAX_NUMBER = 40;
    /** Characters in one field name. */
    public static final int MAX_NAME = 1_000;

    private static final System.Logger LOG = System.getLogger(ProjectFile.class.getName());

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(MAX_NAME)
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
        if (name.isEmpty()) {
            throw new ProjectFileException("(no file name)", "a project file name is needed", null);
        }
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null && abs.getFileName() != null) {
            TemporaryFiles.removeStale(abs.getParent(), abs.getFileName().toString());
        }
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
            throw new ProjectFileException(name, Files.isDirectory(file) ? "is a folder, not a project file"
                    : "cannot read: " + IoProblem.describe(e), e);
        }
        return parse(bytes, name);
    }

    /** Parses project JSON; {@code sourceName} is used in messages. */
    public static Project parse(byte[] json, String sourceName) throws ProjectFileException {
        checkEncoding(json, sourceName);
        // One pass: the watcher sees every token the binding reads and notes anything the header
        // check refuses. Only then (or when binding fails) does the header check read the file
        // again, to say exactly where, with the file's secrets known so that no message shows one.
        ProjectDocument doc;
        Watcher watcher = null;
        try {
            watcher = new Watcher(MAPPER.createParser(json));
            doc = MAPPER.readValue(watcher, ProjectDocument.class);
        } catch (JsonProcessingException e) {
            Set<String> secrets = new java.util.HashSet<>();
            checkHeader(json, sourceName, secrets);
            ProjectFileException located = fromJackson(e, sourceName);
            throw new ProjectFileException(located.file(), located.line(), located.column(),
                    FileWords.mask(located.path(), secrets), FileWords.mask(located.problem(), secrets));
        } catch (IOException e) {
            throw new ProjectFileException(sourceName, "cannot read: " + e.getMessage(), e);
        } finally {
            closeQuietly(watcher);
        }
        if (!watcher.clean()) {
            checkHeader(json, sourceName, new java.util.HashSet<>());
        }
        if (doc.topology() == null) {
            throw located(json, sourceName, "$", "the file has no \"topology\" object");
        }
        Project project = new Project(doc.name(), doc.topology(), doc.layout(), doc.scenarios());
        List<ProjectStructure.Problem> problems = ProjectStructure.check(project);
        if (!problems.isEmpty()) {
            Set<String> secrets = new java.util.HashSet<>();
            checkHeader(json, sourceName, secrets);
            ProjectStructure.Problem first = problems.get(0);
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem"
                    + (problems.size() > 2 ? "s" : "") + ")" : "";
            throw located(json, sourceName, first.path(), FileWords.mask(first.message() + more, secrets));
        }
        return project;
    }

    public static Project parse(String json, String sourceName) throws ProjectFileException {
        return parse(json.getBytes(StandardCharsets.UTF_8), sourceName);
    }

    /** The file's text: deterministic, UTF-8, ending in a newline. */
    public static String toJson(Project project) {
        ProjectDocument doc = new ProjectDocument(FORMAT,
                project.scenarios().isEmpty() ? VERSION_WITHOUT_SCENARIOS : VERSION, project.name(), project.topology(),
                project.layout(), project.scenarios());
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
        TemporaryFiles.removeStale(dir, target.getFileName().toString());
        TemporaryFiles.removeStale(dir, backupPath(target).getFileName().toString());
        Path tmp = createPrivateFile(dir.resolve(TemporaryFiles.name(target.getFileName().toString())));
        try {
            writeAndForce(tmp, bytes);
            if (Files.exists(target)) {
                copyPermissions(target, tmp);
                Path bak = backupPath(target);
                Path bakTmp = createPrivateFile(dir.resolve(TemporaryFiles.name(bak.getFileName().toString())));
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

    /** A new empty file, {@code 0600} where the file system has POSIX modes (a project holds secrets). */
    private static Path createPrivateFile(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(p, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(p);
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

    /**
     * First pass over the tokens: is this a LabCanvas file of a version we read? It also finds any
     * syntax error, a stream limit that is hit (with where), a {@code null} inside a list and any
     * text with a line break or other control character ({@link OneLineText}), before any object
     * is built.
     */
    private static void checkHeader(byte[] json, String source, Set<String> secrets) throws ProjectFileException {
        String format = null;
        Integer version = null;
        String versionText = null;
        JsonLocation versionAt = null;
        JsonParser p = null;
        try {
            p = FACTORY.createParser(json);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ProjectFileException(source, 1, 1, null, "the file is empty");
            }
            if (t != JsonToken.START_OBJECT) {
                throw at(source, p.currentTokenLocation(), null,
                        "a LabCanvas project is a JSON object starting {\"format\": \"labcanvas\", ...}");
            }
            while ((t = p.nextToken()) != null) {
                boolean topLevel = p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inRoot();
                switch (t) {
                    case FIELD_NAME -> checkText(p, source, p.currentName());
                    case VALUE_STRING -> {
                        if (topLevel && "format".equals(p.currentName())) {
                            format = p.getText();
                        }
                        if (p.currentName() != null && FileWords.SECRET_FIELDS.contains(p.currentName())) {
                            secrets.add(p.getText());
                        }
                        checkText(p, source, null);
                    }
                    case VALUE_NUMBER_INT -> {
                        if (topLevel && "version".equals(p.currentName())) {
                            versionAt = p.currentTokenLocation();
                            version = p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : Integer.MAX_VALUE;
                            versionText = p.getText();
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> {
                        if (topLevel && "version".equals(p.currentName())) {
                            throw at(source, p.currentTokenLocation(), "$.version",
                                    "the file format version is a whole number (currently " + VERSION + ")");
                        }
                    }
                    case VALUE_NULL -> {
                        if (p.getParsingContext().inArray()) {
                            throw at(source, p.currentTokenLocation(), pathOf(p),
                                    "null is not allowed in a list; remove it");
                        }
                    }
                    default -> { }
                }
                if (p.getParsingContext().inRoot()) {
                    break;
                }
            }
            if (p.nextToken() != null) {
                throw at(source, p.currentTokenLocation(), null, "unexpected content after the end of the project object");
            }
        } catch (ProjectFileException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw fromStream(e, p, source, secrets);
        } catch (IOException e) {
            throw new ProjectFileException(source, "cannot read: " + e.getMessage(), e);
        } finally {
            closeQuietly(p);
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
                    + (versionText.length() > 24 ? versionText.substring(0, 20) + "..." : versionText)
                    + "); this release reads versions up to " + VERSION + ". Update LabCanvas to open it.");
        }
        if (version < 1) {
            throw at(source, versionAt, "$.version", "invalid file format version " + version);
        }
    }

    private static final Pattern SCENARIO_EVENTS = Pattern.compile("\\$\\.scenarios\\[\\d+]\\.events");

    /**
     * A field name or string value with a line break or control character is refused, with where (never
     * what); a scenario's events may hold line breaks.
     */
    private static void checkText(JsonParser p, String source, String fieldName) throws IOException {
        char[] chars;
        int off;
        int len;
        if (fieldName != null) {
            chars = fieldName.toCharArray();
            off = 0;
            len = chars.length;
        } else {
            chars = p.getTextCharacters();
            off = p.getTextOffset();
            len = p.getTextLength();
        }
        int i = OneLineText.firstRefused(chars, off, len);
        if (i >= 0 && fieldName == null && chars[off + i] == '\n' && SCENARIO_EVENTS.matcher(pathOf(p)).matches()) {
            // A scenario's events are an event script: YAML lines. Only line breaks are allowed there.
            while (i >= 0 && chars[off + i] == '\n') {
                int next = OneLineText.firstRefused(chars, off + i + 1, len - i - 1);
                i = next < 0 ? -1 : i + 1 + next;
            }
        }
        if (i >= 0) {
            OneLineText.Problem problem = new OneLineText.Problem(i, chars[off + i]);
            String what = fieldName != null ? "a field name " : "";
            throw at(source, p.currentTokenLocation(), pathOf(p), what + OneLineText.refusal(problem));
        }
    }

    /** The readable path of the parser's current token: {@code $.topology.devices[2].name}. */
    private static String pathOf(JsonParser p) {
        StringBuilder sb = new StringBuilder();
        for (var c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                sb.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                sb.insert(0, "." + c.getCurrentName());
            }
        }
        // a path through a deeply nested list would fill the screen: its start says where
        return sb.length() > 100 ? "$" + sb.substring(0, 96) + "..." : "$" + sb;
    }

    private static void closeQuietly(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException ignored) {
                // nothing was written; a failed close of an in-memory parser changes nothing
            }
        }
    }

    /**
     * The file must be UTF-8 (JSON's encoding). A UTF-16 or UTF-32 file (byte order mark) or a
     * byte sequence that is not UTF-8 is reported with its line and column and what to do.
     */
    static void checkEncoding(byte[] b, String source) throws ProjectFileException {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            throw new ProjectFileException(source, 1, 1, null,
                    "the file is UTF-16 text; LabCanvas projects are UTF-8 (save it as UTF-8)");
        }
        boolean ascii = true;
        for (byte x : b) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return;
        }
        int line = 1;
        int col = 1;
        int i = 0;
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            i = 3;
        }
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n;
            if (c < 0x80) {
                if (c == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
            } else {
                throw notUtf8(source, line, col, c);
            }
            if (i + n >= b.length) {
                throw notUtf8(source, line, col, c);
            }
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xff;
                boolean ok = (cc & 0xC0) == 0x80;
                if (k == 1 && c == 0xE0) {
                    ok &= cc >= 0xA0;
                } else if (k == 1 && c == 0xED) {
                    ok &= cc <= 0x9F;
                } else if (k == 1 && c == 0xF0) {
                    ok &= cc >= 0x90;
                } else if (k == 1 && c == 0xF4) {
                    ok &= cc <= 0x8F;
                }
                if (!ok) {
                    throw notUtf8(source, line, col, c);
                }
            }
            i += n + 1;
            col++;
        }
    }

    private static ProjectFileException notUtf8(String source, int line, int col, int firstByte) {
        return new ProjectFileException(source, line, col, null, String.format(
                "the file is not UTF-8 text (byte 0x%02X here does not start a UTF-8 character); "
                        + "LabCanvas projects are UTF-8: save the file as UTF-8", firstByte));
    }

    /** A syntax error or a stream limit hit in the first pass: where the parser stopped, in words. */
    private static ProjectFileException fromStream(JsonProcessingException e, JsonParser p, String source,
                                                   Set<String> secrets) {
        JsonLocation loc = e.getLocation();
        String path = null;
        if (p != null) {
            if (loc == null || loc.getLineNr() <= 0) {
                loc = p.currentLocation();
            }
            try {
                path = knownPathOf(p);
            } catch (RuntimeException ignored) {
                path = null;
            }
            if ("$".equals(path)) {
                path = null;
            }
        }
        return at(source, loc, path, FileWords.mask(describe(e), secrets));
    }

    /** As {@link #pathOf}, with names that are not field names of the format shown as {@code ?}. */
    private static String knownPathOf(JsonParser p) {
        StringBuilder sb = new StringBuilder();
        for (var c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                sb.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                sb.insert(0, "." + (FileWords.FIELD_NAMES.contains(c.getCurrentName()) ? c.getCurrentName() : "?"));
            }
        }
        return sb.length() > 100 ? "$" + sb.substring(0, 96) + "..." : "$" + sb;
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
            if (e instanceof UnrecognizedPropertyException u && !showable(u.getPropertyName())) {
                path = JsonPaths.readable(m.getPath().subList(0, m.getPath().size() - 1)) + ".?";
            }
        }
        return at(source, e.getLocation(), path, describe(e));
    }

    /** Turns Jackson's message into one a user can act on, without Java class names or secret values. */
    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return (showable(u.getPropertyName()) ? "unknown field \"" + u.getPropertyName() + "\"" : "unknown field")
                    + (known.isEmpty() ? "" : " (expected one of: " + known + ")");
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
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            return "this object cannot be built" + (cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? ": " + cause.getMessage() : " from these values (a required value is missing or invalid)");
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return "malformed JSON";
        }
        int nl = msg.indexOf('\n');
        msg = nl > 0 ? msg.substring(0, nl) : msg;
        String limits = limitMessage(msg);
        if (limits != null) {
            return limits;
        }
        java.util.regex.Matcher range = OUT_OF_RANGE.matcher(msg);
        if (range.find()) {
            return "the number " + shortNumber(range.group(1)) + " is too large here (at most " + range.group(3) + ")";
        }
        if (e instanceof MismatchedInputException m && !(e instanceof com.fasterxml.jackson.core.JsonParseException)) {
            Class<?> type = m.getTargetType();
            if (type != null) {
                return "wrong kind of value: expected " + simpleType(type);
            }
        }
        return "malformed JSON: " + syntax(msg);
    }

    private static final java.util.regex.Pattern OUT_OF_RANGE = java.util.regex.Pattern.compile(
            "Numeric value \\((.*?)\\) out of range of (int|long) \\(-?\\d+ - (\\d+)\\)");

    private static String shortNumber(String n) {
        return n.length() > 24 ? n.substring(0, 20) + "... (" + n.length() + " digits)" : n;
    }

    /** A stream limit, in words, or null when {@code msg} is about something else. */
    private static String limitMessage(String msg) {
        if (msg.contains("nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels (a LabCanvas project needs far fewer); the limit is hit here";
        }
        if (msg.startsWith("String value length") || msg.startsWith("String length")) {
            return "a text longer than " + MAX_STRING + " characters starts here; the limit is " + MAX_STRING;
        }
        if (msg.startsWith("Number value length") || msg.startsWith("Number length")) {
            return "a number longer than " + MAX_NUMBER + " characters; the limit is " + MAX_NUMBER;
        }
        if (msg.startsWith("Name length") || msg.startsWith("Name value length")) {
            return "a field name longer than " + MAX_NAME + " characters; the limit is " + MAX_NAME;
        }
        if (msg.startsWith("Document length") || msg.startsWith("Document nesting")) {
            return "the document is larger than " + MAX_BYTES + " bytes";
        }
        return null;
    }

    /**
     * A syntax error in words, without quoting the text it happened in: the token could be a key
     * written without quotes, and nothing from the file is repeated.
     */
    static String syntax(String msg) {
        if (msg.startsWith("Unrecognized token")) {
            return "a value here is not a string in double quotes, a number, true, false, null, an object or a list";
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of a value (a closing quote, ] or } is missing)";
        }
        if (msg.startsWith("Illegal unquoted character")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("code (\\d+)").matcher(msg);
            char c = m.find() ? (char) Integer.parseInt(m.group(1)) : '\n';
            return "a string " + OneLineText.refusal(new OneLineText.Problem(0, c));
        }
        if (msg.startsWith("Unrecognized character escape")) {
            return "a string has an unknown escape after \\ (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)";
        }
        if (msg.startsWith("Duplicate field")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("'(.{0,80}?)'").matcher(msg);
            return "Duplicate field" + (m.find() ? " '" + m.group(1) + "'" : "") + ": a field appears twice in one object";
        }
        if (msg.startsWith("Unexpected character")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\('(.)' \\(code (\\d+)").matcher(msg);
            String what = "";
            if (m.find()) {
                char c = (char) Integer.parseInt(m.group(2));
                what = "{}[]:,\"".indexOf(c) >= 0 ? " '" + c + "'" : String.format(" (U+%04X)", (int) c);
            }
            String expected = msg.contains("double-quote to start field name") ? ": expected a field name in double quotes"
                    : msg.contains("comma to separate") ? ": expected a comma between two entries"
                    : msg.contains("colon to separate") ? ": expected ':' after a field name"
                    : msg.contains("expected a value") ? ": expected a value" : "";
            return "Unexpected character" + what + expected;
        }
        if (msg.startsWith("Invalid numeric value") || msg.startsWith("Leading zeroes") || msg.contains("Non-standard token")) {
            return "invalid number (JSON numbers are like 12, -3 or 1.5)";
        }
        if (msg.startsWith("Unexpected close marker")) {
            return "a ] or } that closes nothing, or the wrong one";
        }
        if (msg.contains("Invalid UTF-8") || msg.contains("Invalid UTF-32")) {
            return "the file is not UTF-8 text; save it as UTF-8";
        }
        // anything else: Jackson's first sentence without what it quotes from the file
        String cut = msg.replaceAll("\\s*at \\[Source.*$", "")
                .replaceAll("'[^']*'", "'...'")
                .replaceAll("\"[^\"]*\"", "\"...\"")
                .replaceAll("`[a-z0-9_.]+\\.([A-Za-z0-9_$]+)`", "$1");
        return cut;
    }

    /** A field name from the file that a message may repeat: short and made of name characters. */
    private static boolean showable(String name) {
        return name != null && name.matches("[A-Za-z@$_][A-Za-z0-9@$_.-]{0,39}");
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
        if (type.isEnum()) {
            return "one of the allowed words";
        }
        return "an object {...}";
    }

    /**
     * Reads tokens for the binding and notes what the header check would refuse: a field name or
     * string with a refused character, a null in a list, a top-level {@code format} other than
     * {@value #FORMAT} or a {@code version} that is not a whole number from 1 to {@value #VERSION}.
     * Every way the binding reads a token goes through {@link #nextToken()}.
     */
    private static final class Watcher extends com.fasterxml.jackson.core.util.JsonParserDelegate {
        private boolean suspect;
        private boolean formatSeen;
        private boolean versionSeen;

        Watcher(JsonParser p) {
            super(p);
        }

        /** Nothing to refuse was seen and the header was right. */
        boolean clean() {
            return !suspect && formatSeen && versionSeen;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t == null) {
                return null;
            }
            switch (t) {
                case FIELD_NAME -> {
                    String name = delegate.currentName();
                    if (OneLineText.firstRefused(name.toCharArray(), 0, name.length()) >= 0) {
                        suspect = true;
                    }
                }
                case VALUE_STRING -> {
                    if (OneLineText.firstRefused(delegate.getTextCharacters(), delegate.getTextOffset(),
                            delegate.getTextLength()) >= 0) {
                        suspect = true;
                    }
                    if (topLevel() && "format".equals(delegate.currentName())) {
                        formatSeen = FORMAT.equals(delegate.getText());
                        suspect |= !formatSeen;
                    }
                }
                case VALUE_NUMBER_INT -> {
                    if (topLevel() && "version".equals(delegate.currentName())) {
                        versionSeen = delegate.getNumberType() == JsonParser.NumberType.INT
                                && delegate.getIntValue() >= 1 && delegate.getIntValue() <= VERSION;
                        suspect |= !versionSeen;
                    }
                }
                case VALUE_NULL -> suspect |= delegate.getParsingContext().inArray();
                default -> { }
            }
            return t;
        }

        private boolean topLevel() {
            var parent = delegate.getParsingContext().getParent();
            return parent != null && parent.inRoot();
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? delegate.currentName() : null;
        }

        @Override
        public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString str) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && str.getValue().equals(delegate.currentName());
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? delegate.getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? delegate.getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? delegate.getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken t = delegate.currentToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return this;
            }
            int open = 1;
            while (open > 0) {
                JsonToken n = nextToken();
                if (n == null) {
                    return this;
                }
                if (n.isStructStart()) {
                    open++;
                } else if (n.isStructEnd()) {
                    open--;
                }
            }
            return this;
        }
    }
}
