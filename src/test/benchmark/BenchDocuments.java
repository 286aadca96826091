import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

/**
 * Upload and text-extraction throughput of the document library (issue 11), and the server's
 * heap while it extracts. Not part of the build; JDK 17, no dependencies:
 *
 *   java BenchDocuments.java pdfs DIR [COUNT [BYTES [PAGES [SEED]]]]
 *   java BenchDocuments.java run BASE ADMIN_TOKEN DIR [--clients 4] [--pid PID] [--out FILE.json]
 *                                [--summary FILE.md] [--timeout SECONDS] [--search-file I]
 *
 * {@code pdfs} writes COUNT (100) distinct PDFs of BYTES (1 MiB) each into DIR, written by hand
 * (PDF 1.4, Helvetica with WinAnsiEncoding, no external library): PAGES (110) A4 pages of Dutch
 * spatial-planning text (advice, decisions, conditions, parcel numbers; about 5,500 characters a
 * page, 600,000 a file) in Flate-compressed content streams as PDF producers write them, and on the
 * first page a "map" image (Flate-compressed noise, which does not compress) that brings the file to
 * BYTES. Every file has its own seed and its own word ({@code dossierNNNxxxxxx}, listed in
 * {@code words.txt}) in the middle of its text, for the search check. The same SEED (1) gives the
 * same files; a server that has seen a file already has its text (texts are kept by SHA-256), so a
 * second run against the same server needs another SEED.
 *
 * {@code run} makes an open Atrium and CLIENTS officials of Gent who are its members (a token each),
 * then uploads every PDF of DIR with CLIENTS clients at once ({@code POST /api/v1/atria/{slug}/documents},
 * multipart): files/s, MB/s and p50/p95 of the upload's answer, whose {@code textStatus} should still
 * be PENDING (the upload does not wait for the extraction). Meanwhile it polls the Atrium's library
 * ({@code GET /api/v1/atria/{slug}/documents}, every 250 ms) until every document's text is DONE or
 * UNAVAILABLE, checks each with {@code GET /api/v1/documents/{id}}, and gives the extraction's files/s
 * and MB/s from the first upload to the last text, and the lag from a file's upload answer to its
 * text per file (p50/p95). The heap is sampled every 500 ms from the server's MicroProfile Metrics
 * ({@code /metrics}: {@code memory_usedHeap_bytes}, committed, max, GC counts and time) and, with
 * {@code --pid} (the Payara JVM), from {@code jstat -gc PID 500} (old generation after young GCs,
 * full GCs). Last it searches ({@code GET /api/v1/search?q=}) for the word of one file (the 43rd
 * by default) until its document is found or 60 s have passed. MB here are 2^20 bytes.
 */
public class BenchDocuments {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String PASSWORD = "bench documents password";
    private static final double MB = 1024.0 * 1024.0;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("pdfs DIR [COUNT [BYTES [PAGES]]] | run BASE TOKEN DIR [options]");
        }
        switch (args[0]) {
            case "pdfs" -> pdfs(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 100,
                    args.length > 3 ? Integer.parseInt(args[3]) : 1024 * 1024, args.length > 4 ? Integer.parseInt(args[4]) : 110,
                    args.length > 5 ? Long.parseLong(args[5]) : 1);
            case "run" -> new Run(args).run();
            default -> throw new IllegalArgumentException("pdfs or run, not " + args[0]);
        }
    }

    // ------------------------------------------------------------------ the PDFs

    static void pdfs(Path dir, int count, int bytes, int pages, long seed) throws IOException {
        Files.createDirectories(dir);
        List<String> words = new ArrayList<>();
        long chars = 0;
        long t0 = System.nanoTime();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String word = "dossier" + String.format("%03d", i) + letters(new Random(7_000_003L * i + 11 + 13L * seed), 6);
            Pdf pdf = Pdf.write(i, seed, word, pages, bytes);
            String name = String.format("plan-%03d.pdf", i);
            Files.write(dir.resolve(name), pdf.bytes);
            words.add(name + " " + word);
            chars += pdf.chars;
            hashes.add(sha256(pdf.bytes));
        }
        Files.write(dir.resolve("words.txt"), words, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d PDFs in %s: %d pages and about %,d characters of text each, %d distinct; %.1f s%n",
                count, dir, pages, chars / Math.max(1, count), hashes.size(), (System.nanoTime() - t0) / 1e9);
        if (hashes.size() != count) {
            throw new IllegalStateException("the PDFs are not distinct");
        }
    }

    static String letters(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            StringBuilder b = new StringBuilder();
            for (byte x : MessageDigest.getInstance("SHA-256").digest(bytes)) {
                b.append(String.format("%02x", x));
            }
            return b.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One hand-written PDF: pages of text, and a map image on the first page to reach the size. */
    static final class Pdf {
        static final Charset WIN_ANSI = Charset.forName("windows-1252");
        static final int LINES_PER_PAGE = 64;
        static final int LINE_CHARS = 96;

        final ByteArrayOutputStream out = new ByteArrayOutputStream(1_200_000);
        final List<Integer> offsets = new ArrayList<>();
        byte[] bytes;
        long chars;

        static Pdf write(int index, long seed, String word, int pageCount, int target) {
            Pdf pdf = new Pdf();
            Random random = new Random(1_000_003L * (index + 1) + 1_000_000_007L * seed);
            Text text = new Text(random);
            // objects: 1 catalog, 2 pages, 3 font, 4 info, 5 image, then page i: 6+2i, its content 7+2i
            List<byte[]> contents = new ArrayList<>();
            int wordPage = pageCount / 2;
            for (int p = 0; p < pageCount; p++) {
                List<String> lines = text.page(index, p, pageCount, p == wordPage ? word : null);
                for (String l : lines) {
                    pdf.chars += l.length() + 1;
                }
                contents.add(pdf.content(lines, p == 0));
            }
            // the image brings the file to the target size: measure without it first
            int withoutImage = pdf.assemble(contents, new Image(new byte[0], 600, 1)).length;
            Image image = Image.noise(random, 600, Math.max(0, target - withoutImage));
            pdf.bytes = pdf.assemble(contents, image);
            return pdf;
        }

        /** A map: an RGB image of noise with flat bands, Flate-compressed (it hardly compresses). */
        record Image(byte[] packed, int width, int height) {
            /** About {@code bytes} bytes of compressed image (its height chosen to fit). */
            static Image noise(Random random, int width, int bytes) {
                if (bytes < 1_000) {
                    return new Image(new byte[0], width, 1);
                }
                int height = Math.max(1, bytes / (width * 3));
                byte[] packed = null;
                for (int attempt = 0; attempt < 4; attempt++) {
                    packed = deflateImage(random, width, height);
                    int next = (int) Math.max(1, (long) height * bytes / Math.max(1, packed.length));
                    if (Math.abs(packed.length - bytes) < width * 3 || next == height) {
                        break;
                    }
                    height = next;
                }
                return new Image(packed, width, height);
            }

            static byte[] deflateImage(Random random, int width, int height) {
                byte[] raw = new byte[width * height * 3];
                random.nextBytes(raw);
                for (int row = 0; row < height; row += 7) { // a map is not pure noise: flat bands
                    int start = row * width * 3;
                    java.util.Arrays.fill(raw, start, start + width * 3 / 4, (byte) 0xE8);
                }
                return deflate(raw);
            }
        }

        byte[] content(List<String> lines, boolean first) {
            StringBuilder s = new StringBuilder(8_000);
            if (first) {
                s.append("q 483 0 0 300 56 440 cm /Im1 Do Q\n"); // the map, below the two title lines
            }
            s.append("BT /F1 9.5 Tf 11.5 TL 56 801.5 Td\n");
            int n = 0;
            for (String line : lines) {
                if (first && n == 2) {
                    s.append("0 -345 Td\n"); // below the map
                }
                s.append('(').append(escape(line)).append(")'\n");
                n++;
            }
            s.append("ET\n");
            return deflate(s.toString().getBytes(WIN_ANSI));
        }

        static String escape(String line) {
            StringBuilder b = new StringBuilder(line.length() + 8);
            for (char c : line.toCharArray()) {
                if (c == '(' || c == ')' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
            return b.toString();
        }

        static byte[] deflate(byte[] in) {
            Deflater d = new Deflater(6);
            d.setInput(in);
            d.finish();
            ByteArrayOutputStream b = new ByteArrayOutputStream(in.length / 2);
            byte[] buf = new byte[16_384];
            while (!d.finished()) {
                int n = d.deflate(buf);
                b.write(buf, 0, n);
            }
            d.end();
            return b.toByteArray();
        }

        byte[] assemble(List<byte[]> contents, Image image) {
            out.reset();
            offsets.clear();
            ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
            int pages = contents.size();
            object(1, "<< /Type /Catalog /Pages 2 0 R /Lang (nl-BE) >>");
            StringBuilder kids = new StringBuilder();
            for (int p = 0; p < pages; p++) {
                kids.append(6 + 2 * p).append(" 0 R ");
            }
            object(2, "<< /Type /Pages /Count " + pages + " /Kids [" + kids.toString().trim() + "] >>");
            object(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
            object(4, "<< /Title (Ruimtelijk advies en beslissing) /Producer (BenchDocuments) /CreationDate (D:20261206120000Z) >>");
            stream(5, "/Type /XObject /Subtype /Image /Width " + image.width() + " /Height " + image.height()
                    + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", image.packed());
            for (int p = 0; p < pages; p++) {
                object(6 + 2 * p, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + (7 + 2 * p)
                        + " 0 R /Resources << /Font << /F1 3 0 R >>" + (p == 0 ? " /XObject << /Im1 5 0 R >>" : "") + " >> >>");
                stream(7 + 2 * p, "/Filter /FlateDecode", contents.get(p));
            }
            int xref = out.size();
            int objects = 6 + 2 * pages;
            StringBuilder x = new StringBuilder("xref\n0 " + objects + "\n0000000000 65535 f \n");
            // offsets are recorded in object-number order
            Map<Integer, Integer> byNumber = new TreeMap<>();
            for (int i = 0; i < offsets.size(); i += 2) {
                byNumber.put(offsets.get(i), offsets.get(i + 1));
            }
            for (int n = 1; n < objects; n++) {
                x.append(String.format("%010d 00000 n \n", byNumber.get(n)));
            }
            x.append("trailer\n<< /Size ").append(objects).append(" /Root 1 0 R /Info 4 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            ascii(x.toString());
            return out.toByteArray();
        }

        void object(int n, String body) {
            offsets.add(n);
            offsets.add(out.size());
            ascii(n + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(int n, String dict, byte[] data) {
            offsets.add(n);
            offsets.add(out.size());
            ascii(n + " 0 obj\n<< " + dict + " /Length " + data.length + " >>\nstream\n");
            out.writeBytes(data);
            ascii("\nendstream\nendobj\n");
        }

        void ascii(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Dutch spatial-planning prose: advice, decisions and conditions, from a seeded random. */
    static final class Text {
        static final String[] PLACES = {"Gent", "Aalst", "Brugge", "Kortrijk", "Leuven", "Mechelen", "Hasselt", "Genk",
                "Sint-Niklaas", "Roeselare", "Oostende", "Turnhout", "Lokeren", "Deinze", "Eeklo", "Dendermonde", "Ninove",
                "Tielt", "Herentals", "Geel", "Mol", "Lier", "Tienen", "Aarschot", "Ronse", "Oudenaarde", "Zottegem",
                "Wetteren", "Beveren", "Temse", "Merelbeke", "Lochristi", "Evergem", "Zele", "Harelbeke", "Waregem"};
        static final String[] STREETS = {"Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat",
                "Schoolstraat", "Kapelstraat", "Veldstraat", "Beekstraat", "Brugstraat", "Kouter", "Leiestraat",
                "Meersstraat", "Processiestraat", "Heirweg", "Steenweg op Brussel", "Kasteeldreef", "Vijverstraat"};
        static final String[] SUBJECTS = {"De aanvrager", "Het college van burgemeester en schepenen",
                "De gemeentelijke omgevingsambtenaar", "De deputatie", "De provinciale omgevingsambtenaar",
                "Het departement Omgeving", "De gewestelijke omgevingsambtenaar", "De bouwheer", "De architect",
                "De beroepsindiener", "Het Agentschap Wegen en Verkeer", "De Vlaamse Milieumaatschappij",
                "De brandweerzone", "De gemeenteraad", "De gemeentelijke commissie voor ruimtelijke ordening",
                "Het Agentschap Onroerend Erfgoed", "De watertoetser", "De dienst mobiliteit", "De rioolbeheerder",
                "Het Agentschap voor Natuur en Bos", "De intergemeentelijke vereniging", "De stedenbouwkundige dienst"};
        static final String[] VERBS = {"stelt vast dat", "oordeelt dat", "merkt op dat", "adviseert dat",
                "verleent een gunstig advies op voorwaarde dat", "wijst erop dat", "bevestigt dat", "beslist dat",
                "acht het aangewezen dat", "vraagt dat", "herinnert eraan dat", "betwist dat", "is van oordeel dat",
                "legt als voorwaarde op dat", "benadrukt dat", "heeft vastgesteld dat", "kan niet aanvaarden dat"};
        static final String[] CLAUSES = {"de aanvraag verenigbaar is met de goede ruimtelijke ordening",
                "het perceel gelegen is in woongebied volgens het gewestplan", "de watertoets positief werd uitgevoerd",
                "de verharding beperkt wordt tot het strikt noodzakelijke", "de bouwdiepte op de verdieping twaalf meter niet overschrijdt",
                "de meergezinswoning zich integreert in het straatbeeld", "de verkavelingsvoorschriften worden nageleefd",
                "de parkeerbehoefte volledig op eigen terrein wordt opgevangen", "het hemelwater wordt opgevangen en hergebruikt",
                "de rooilijn wordt gerespecteerd", "de bestaande hoogstammige bomen behouden blijven",
                "de mobiliteitsimpact op de omliggende woonstraten aanvaardbaar blijft",
                "de kroonlijsthoogte aansluit bij de aanpalende bebouwing", "de fietsenstalling overdekt en vlot bereikbaar is",
                "de groenbuffer langs de perceelsgrens minstens vijf meter breed is", "de zonevreemde constructie hoofdzakelijk vergund is",
                "de functiewijziging naar meergezinswoning het woonaanbod in de kern versterkt",
                "de schaal van het project de draagkracht van de omgeving overstijgt",
                "het openbaar onderzoek geen bezwaren van betekenis heeft opgeleverd",
                "de bezwaarschriften ontvankelijk maar ongegrond zijn", "de archeologienota werd bekrachtigd",
                "de gewestelijke hemelwaterverordening van toepassing is", "de aanvraag strijdig is met het ruimtelijk uitvoeringsplan",
                "de verdichting in de kern van de deelgemeente gewenst is", "het advies van de brandweer strikt wordt nageleefd",
                "de toegang tot de ondergrondse parking via de zijstraat wordt georganiseerd",
                "het bouwblok een open karakter behoudt", "de inplanting van de zonnepanelen geen hinder veroorzaakt",
                "de ontbossing wordt gecompenseerd", "de woonkwaliteit van de appartementen voldoende is",
                "de bouwvrije zijdelingse strook drie meter bedraagt", "de omgevingsvergunning voor onbepaalde duur wordt verleend",
                "de wegenis kosteloos wordt overgedragen aan de gemeente", "de lasten worden opgelegd bij de vergunning",
                "de beroepstermijn van dertig dagen werd gerespecteerd", "de hoorzitting heeft plaatsgevonden"};
        static final String[] CONNECTORS = {"Bovendien blijkt dat", "Daarnaast staat vast dat", "Het is evenwel zo dat",
                "Gelet op het voorgaande is het duidelijk dat", "Tevens wordt opgemerkt dat", "In casu blijkt dat",
                "Ten slotte wordt vastgesteld dat", "Niettemin geldt dat", "Bijgevolg kan worden aangenomen dat",
                "Uit het dossier blijkt dat", "Overwegende dat"};
        static final String[] HEADINGS = {"Voorwerp van de aanvraag", "Beschrijving van de omgeving",
                "Planologische context", "Openbaar onderzoek", "Adviezen", "Watertoets", "Mer-screening",
                "Beoordeling van de goede ruimtelijke ordening", "Mobiliteit", "Erfgoed en archeologie",
                "Natuur en groen", "Lasten en voorwaarden", "Bezwaren en weerlegging", "Besluit", "Motivering",
                "Juridische grondslag", "Toetsing aan de stedenbouwkundige voorschriften", "Energie en duurzaamheid"};
        static final String[] REFERENCES = {"artikel 4.3.1 van de Vlaamse Codex Ruimtelijke Ordening",
                "artikel 1.1.4 VCRO", "het Omgevingsvergunningsdecreet van 25 april 2014",
                "het besluit van de Vlaamse Regering van 27 november 2015", "de gewestelijke stedenbouwkundige verordening",
                "het decreet integraal waterbeleid", "het Onroerenderfgoeddecreet", "het provinciaal ruimtelijk structuurplan",
                "het gemeentelijk ruimtelijk uitvoeringsplan Stationsomgeving", "de bouwcode van de gemeente",
                "de omzendbrief RO/2017/01", "artikel 4.4.10 VCRO over zonevreemde woningen"};
        static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"};

        final Random r;
        final String place;
        final String street;

        Text(Random r) {
            this.r = r;
            this.place = pick(PLACES);
            this.street = pick(STREETS);
        }

        String pick(String[] a) {
            return a[r.nextInt(a.length)];
        }

        String date() {
            return (1 + r.nextInt(28)) + " " + pick(MONTHS) + " " + (2019 + r.nextInt(8));
        }

        String sentence() {
            return switch (r.nextInt(7)) {
                case 0 -> pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(CLAUSES) + ".";
                case 1 -> pick(CONNECTORS) + " " + pick(CLAUSES) + ", zoals bepaald in " + pick(REFERENCES) + ".";
                case 2 -> "Het perceel aan de " + street + " " + (1 + r.nextInt(240)) + " te " + place + " (kadastraal gekend "
                        + "als afdeling " + (1 + r.nextInt(12)) + ", sectie " + (char) ('A' + r.nextInt(8)) + ", nr. "
                        + (10 + r.nextInt(900)) + (char) ('a' + r.nextInt(8)) + ") heeft een oppervlakte van "
                        + String.format(Locale.ROOT, "%,d", 200 + r.nextInt(9000)).replace(',', '.') + " m\u00b2.";
                case 3 -> "Op " + date() + " " + pick(VERBS).replaceFirst(" dat$", "") + " " + pick(SUBJECTS).toLowerCase(Locale.ROOT)
                        + " dat " + pick(CLAUSES) + ".";
                case 4 -> pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(CLAUSES) + " en dat " + pick(CLAUSES) + ".";
                case 5 -> "Het advies van " + pick(SUBJECTS).toLowerCase(Locale.ROOT) + " van " + date()
                        + " is " + (r.nextBoolean() ? "gunstig" : "voorwaardelijk gunstig") + "; " + pick(CLAUSES) + ".";
                default -> "Volgens " + pick(REFERENCES) + " " + pick(VERBS).replaceFirst("^(\\S+)", "$1 men") + " "
                        + pick(CLAUSES) + " (co\u00f6rdinatie met " + place + ").";
            };
        }

        /** The lines of one page: a heading every few pages, paragraphs wrapped at LINE_CHARS. */
        List<String> page(int file, int p, int pages, String word) {
            List<String> lines = new ArrayList<>();
            int max = p == 0 ? Pdf.LINES_PER_PAGE - 30 : Pdf.LINES_PER_PAGE;
            if (p == 0) {
                lines.add("Omgevingsvergunning OMV_2026" + String.format("%06d", 100_000 + file * 37) + " - " + street + " te " + place);
                lines.add("Kaart 1: situering van het perceel en bestemming volgens het gewestplan");
            }
            lines.add((p + 1) + ". " + pick(HEADINGS));
            lines.add("");
            StringBuilder paragraph = new StringBuilder();
            boolean wordPlaced = word == null;
            while (lines.size() < max) {
                int sentences = 3 + r.nextInt(5);
                paragraph.setLength(0);
                for (int s = 0; s < sentences; s++) {
                    if (!wordPlaced && lines.size() > max / 2) {
                        paragraph.append("Het dossier draagt de interne referentie ").append(word).append(". ");
                        wordPlaced = true;
                    }
                    paragraph.append(sentence()).append(' ');
                }
                wrap(paragraph.toString().trim(), lines, max);
                if (lines.size() < max) {
                    lines.add("");
                }
            }
            if (!wordPlaced) {
                lines.set(lines.size() - 1, "Het dossier draagt de interne referentie " + word + ".");
            }
            lines.add(String.format("Pagina %d van %d", p + 1, pages));
            return lines;
        }

        static void wrap(String text, List<String> lines, int max) {
            String[] words = text.split(" ");
            StringBuilder line = new StringBuilder();
            for (String w : words) {
                if (line.length() + 1 + w.length() > Pdf.LINE_CHARS) {
                    lines.add(line.toString());
                    line.setLength(0);
                    if (lines.size() >= max) {
                        return;
                    }
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(w);
            }
            if (line.length() > 0 && lines.size() < max) {
                lines.add(line.toString());
            }
        }
    }

    // ------------------------------------------------------------------ the run

    static final class Run {
        final String base;
        final String admin;
        final Path dir;
        int clients = 4;
        long pid = -1;
        Path out;
        Path summary;
        int timeoutSeconds = 1800;
        int searchFile = 42;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        Run(String[] args) {
            base = args[1].endsWith("/") ? args[1] : args[1] + "/";
            admin = "Bearer " + args[2];
            dir = Path.of(args[3]);
            for (int i = 4; i < args.length; i += 2) {
                switch (args[i]) {
                    case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                    case "--pid" -> pid = Long.parseLong(args[i + 1]);
                    case "--out" -> out = Path.of(args[i + 1]);
                    case "--summary" -> summary = Path.of(args[i + 1]);
                    case "--timeout" -> timeoutSeconds = Integer.parseInt(args[i + 1]);
                    case "--search-file" -> searchFile = Integer.parseInt(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        }

        /** One file's story: its upload and when its text was seen. */
        static final class Upload {
            final Path file;
            final long size;
            String word;
            long startNs;
            long endNs;
            int status;
            long id = -1;
            String answerStatus;
            volatile long textNs;
            volatile String textStatus;
            String reason;

            Upload(Path file, long size) {
                this.file = file;
                this.size = size;
            }
        }

        void run() throws Exception {
            List<Path> files;
            try (var s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().collect(Collectors.toList());
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("no PDFs in " + dir + ": run 'pdfs' first");
            }
            Map<String, String> words = new HashMap<>();
            Path wordsFile = dir.resolve("words.txt");
            if (Files.exists(wordsFile)) {
                for (String line : Files.readAllLines(wordsFile)) {
                    String[] parts = line.split(" ");
                    words.put(parts[0], parts[1]);
                }
            }
            List<Upload> uploads = new ArrayList<>();
            for (Path f : files) {
                Upload u = new Upload(f, Files.size(f));
                u.word = words.get(f.getFileName().toString());
                uploads.add(u);
            }
            long totalBytes = uploads.stream().mapToLong(u -> u.size).sum();

            String n = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            String atrium = "bench-docs-" + n;
            expect(201, send("POST", "api/v1/atria", admin, "{\"slug\": \"" + atrium + "\", \"name\": \"Bench documenten " + n
                    + "\", \"kind\": \"THEMATIC\", \"membersOnly\": false}"));
            String[] tokens = members(atrium, n);
            System.out.printf("Atrium %s, %d members uploading, %d files, %.1f MB%n", atrium, clients, uploads.size(),
                    totalBytes / MB);

            Sampler sampler = new Sampler(this);
            sampler.start();
            sampler.awaitRounds(4); // a few samples of the heap before
            Sampler.Sample before = sampler.last();

            // upload with CLIENTS clients; a poller follows the library meanwhile
            ConcurrentLinkedQueue<Upload> queue = new ConcurrentLinkedQueue<>(uploads);
            List<String> failures = new CopyOnWriteArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String token = tokens[c];
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                Thread t = new Thread(() -> {
                    try {
                        start.await();
                        for (Upload u; (u = queue.poll()) != null; ) {
                            upload(client, token, atrium, u);
                            if (u.status != 201) {
                                failures.add(u.file.getFileName() + ": " + u.status);
                            }
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }, "upload-" + c);
                t.start();
                workers.add(t);
            }
            Map<Long, Upload> byId = new ConcurrentHashMap<>();
            long t0 = System.nanoTime();
            sampler.mark(t0);
            start.countDown();
            Thread poller = new Thread(() -> poll(atrium, uploads, byId), "poller");
            poller.setDaemon(true);
            poller.start();
            for (Thread t : workers) {
                t.join();
            }
            long uploadsDone = System.nanoTime();
            System.out.printf("uploads done in %.1f s%n", (uploadsDone - t0) / 1e9);
            poller.join(timeoutSeconds * 1000L);
            long lastText = uploads.stream().filter(u -> u.textStatus != null).mapToLong(u -> u.textNs).max().orElse(0);
            sampler.awaitRounds(3); // the heap a moment after
            sampler.stop();

            // every document's own JSON, as the API gives it
            Map<String, Integer> statuses = new TreeMap<>();
            Map<String, Integer> reasons = new TreeMap<>();
            for (Upload u : uploads) {
                if (u.id < 0) {
                    continue;
                }
                String body = expect(200, send("GET", "api/v1/documents/" + u.id, tokens[0], null)).body();
                String st = field(body, "textStatus");
                statuses.merge(st, 1, Integer::sum);
                if ("UNAVAILABLE".equals(st)) {
                    u.reason = field(body, "textReason");
                    reasons.merge(u.reason, 1, Integer::sum);
                }
            }

            // search for the word of one file
            String search = searchCheck(uploads, tokens[0]);

            Report r = new Report();
            r.add("files", uploads.size());
            r.add("bytes", totalBytes);
            r.add("clients", clients);
            r.add("atrium", atrium);
            long[] uploadTimes = uploads.stream().filter(u -> u.endNs > 0).mapToLong(u -> u.endNs - u.startNs).sorted().toArray();
            double uploadSeconds = (uploadsDone - t0) / 1e9;
            r.add("uploadSeconds", uploadSeconds);
            r.add("uploadFilesPerSecond", uploads.size() / uploadSeconds);
            r.add("uploadMBPerSecond", totalBytes / MB / uploadSeconds);
            r.add("uploadP50Ms", pct(uploadTimes, 50));
            r.add("uploadP95Ms", pct(uploadTimes, 95));
            r.add("uploadMaxMs", uploadTimes.length == 0 ? 0 : uploadTimes[uploadTimes.length - 1] / 1e6);
            r.add("uploadFailures", failures.size());
            Map<String, Integer> answered = new TreeMap<>();
            uploads.forEach(u -> answered.merge(String.valueOf(u.answerStatus), 1, Integer::sum));
            r.add("uploadAnswerTextStatus", answered.toString());
            long finished = uploads.stream().filter(u -> u.textStatus != null).count();
            double extractionSeconds = (lastText - t0) / 1e9;
            r.add("textsFinished", finished);
            r.add("textStatuses", statuses.toString());
            r.add("unavailable", statuses.getOrDefault("UNAVAILABLE", 0));
            r.add("unavailableReasons", reasons.toString());
            r.add("extractionSeconds", extractionSeconds);
            r.add("extractionFilesPerSecond", finished / extractionSeconds);
            r.add("extractionMBPerSecond", uploads.stream().filter(u -> u.textStatus != null).mapToLong(u -> u.size).sum() / MB
                    / extractionSeconds);
            long[] lags = uploads.stream().filter(u -> u.textStatus != null && u.endNs > 0)
                    .mapToLong(u -> Math.max(0, u.textNs - u.endNs)).sorted().toArray();
            r.add("lagP50Ms", pct(lags, 50));
            r.add("lagP95Ms", pct(lags, 95));
            r.add("lagMaxMs", lags.length == 0 ? 0 : lags[lags.length - 1] / 1e6);
            // after the uploads: the texts alone (the worker no longer shares the CPU with uploads)
            long afterUploads = uploads.stream().filter(u -> u.textStatus != null && u.textNs > uploadsDone).count();
            r.add("textsAfterUploads", afterUploads);
            r.add("extractionFilesPerSecondAfterUploads", afterUploads / Math.max(1e-9, (lastText - uploadsDone) / 1e9));
            sampler.report(r, before, t0, lastText);
            r.add("search", search);
            r.add("failures", failures.toString());

            String md = r.markdown();
            System.out.println(md);
            if (out != null) {
                Files.writeString(out, r.json());
            }
            if (summary != null) {
                Files.writeString(summary, md);
            }
            if (answered.getOrDefault("DONE", 0) > 0) {
                System.out.println("WARNING: " + answered.get("DONE") + " uploads were answered with their text DONE: the server "
                        + "knew these files already (same SHA-256), so their text was not extracted again; use PDFs of another seed");
            }
            if (!failures.isEmpty() || finished != uploads.size()) {
                System.out.println("INCOMPLETE: " + failures.size() + " failed uploads, " + (uploads.size() - finished)
                        + " texts not finished within " + timeoutSeconds + " s");
                System.exit(1);
            }
        }

        void upload(HttpClient client, String token, String atrium, Upload u) throws Exception {
            String boundary = "----benchdocs" + Long.toHexString(ThreadLocalRandom.current().nextLong());
            ByteArrayOutputStream body = new ByteArrayOutputStream((int) u.size + 2048);
            String name = u.file.getFileName().toString();
            formField(body, boundary, "title", "Advies en beslissing " + name.replace(".pdf", ""));
            formField(body, boundary, "kind", "REPORT");
            formField(body, boundary, "description", "Benchmark: een PDF van 1 MB met tekst over ruimtelijke ordening");
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(u.file));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/atria/" + atrium + "/documents"))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", token).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            u.startNs = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            u.endNs = System.nanoTime();
            u.status = r.statusCode();
            if (u.status == 201) {
                u.id = Long.parseLong(find(ID, r.body()));
                u.answerStatus = field(r.body(), "textStatus");
            } else {
                System.err.println(name + ": " + r.statusCode() + " " + r.body());
            }
        }

        static void formField(ByteArrayOutputStream body, String boundary, String name, String value) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        /** The library's list every 250 ms until every uploaded file's text is done or unavailable. */
        void poll(String atrium, List<Upload> uploads, Map<Long, Upload> byId) {
            Pattern doc = Pattern.compile("\\{\"id\":(\\d+),[^{}]*?\"textStatus\":\"([A-Z]+)\"");
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    for (Upload u : uploads) {
                        if (u.id >= 0) {
                            byId.putIfAbsent(u.id, u);
                        }
                    }
                    String body = send("GET", "api/v1/atria/" + atrium + "/documents", admin, null).body();
                    long now = System.nanoTime();
                    Matcher m = doc.matcher(body);
                    while (m.find()) {
                        Upload u = byId.get(Long.parseLong(m.group(1)));
                        String st = m.group(2);
                        if (u != null && u.textStatus == null && !"PENDING".equals(st)) {
                            u.textNs = now;
                            u.textStatus = st;
                        }
                    }
                    if (uploads.stream().allMatch(u -> u.textStatus != null || (u.endNs > 0 && u.status != 201))) {
                        return;
                    }
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    System.err.println("poll: " + e);
                }
            }
        }

        String searchCheck(List<Upload> uploads, String token) throws Exception {
            int i = Math.min(searchFile, uploads.size() - 1);
            Upload u = uploads.get(i);
            if (u.word == null || u.id < 0) {
                return "not checked (no words.txt or no upload)";
            }
            long t0 = System.nanoTime();
            String last = "";
            while (System.nanoTime() - t0 < 60_000_000_000L) {
                HttpResponse<String> r = send("GET", "api/v1/search?q=" + u.word, token, null);
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && Pattern.compile("\"type\":\"document\",\"id\":" + u.id + "\\b").matcher(r.body()).find()) {
                    String total = find(Pattern.compile("\"total\":(\\d+)"), r.body());
                    return String.format(Locale.ROOT, "FOUND: '%s' (in the middle of %s) finds document %d (total %s); "
                            + "found %.1f s after the search check began (it begins after the checks of every document)",
                            u.word, u.file.getFileName(), u.id, total, (System.nanoTime() - t0) / 1e9);
                }
                Thread.sleep(500);
            }
            return "NOT FOUND: '" + u.word + "' of " + u.file.getFileName() + " (document " + u.id + "); last answer "
                    + last.substring(0, Math.min(300, last.length()));
        }

        String[] members(String atrium, String n) throws Exception {
            String organisations = expect(200, send("GET", "api/v1/organisations?level=MUNICIPAL", admin, null)).body();
            Matcher gent = Pattern.compile("\\{[^{}]*\"nisCode\"\\s*:\\s*\"44021\"[^{}]*}").matcher(organisations);
            if (!gent.find()) {
                throw new IllegalStateException("no Gent among the organisations");
            }
            long organisation = Long.parseLong(find(ID, gent.group()));
            String[] tokens = new String[clients];
            for (int c = 0; c < clients; c++) {
                String username = "docbench" + n + "c" + c;
                expect(201, send("POST", "api/v1/accounts", admin, "{\"username\": \"" + username + "\", \"displayName\": "
                        + "\"Bench documenten " + c + "\", \"email\": \"" + username + "@gent.example\", \"organisationId\": "
                        + organisation + ", \"role\": \"OFFICIAL\", \"password\": \"" + PASSWORD + "\"}"));
                expect(200, send("PUT", "api/v1/atria/" + atrium + "/members/" + username, admin, "{\"role\": \"MEMBER\"}"));
                String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
                String token = expect(201, send("POST", "api/v1/me/tokens", basic, "{\"name\": \"bench\"}")).body();
                tokens[c] = "Bearer " + find(Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\""), token);
            }
            return tokens;
        }

        HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", path.equals("metrics") ? "text/plain" : "application/json");
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            return http.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * The server's heap every 500 ms: MicroProfile Metrics ({@code /metrics}) and, given the
     * Payara JVM's pid, {@code jstat -gc} beside it.
     */
    static final class Sampler {
        record Sample(long ns, double used, double committed, double max, double youngGcs, double oldGcs, double gcSeconds) {
        }

        record Jstat(long ns, double used, double old, long ygc, long fgc) {
        }

        final Run run;
        final List<Sample> samples = new CopyOnWriteArrayList<>();
        final List<Jstat> jstats = new CopyOnWriteArrayList<>();
        volatile boolean running = true;
        volatile long markNs;
        /** One permit per sampling round (a sample taken or its error noted). */
        final java.util.concurrent.Semaphore rounds = new java.util.concurrent.Semaphore(0);
        Thread thread;
        Process jstat;
        String metricsError;

        Sampler(Run run) {
            this.run = run;
        }

        void mark(long ns) {
            markNs = ns;
        }

        void start() throws IOException {
            thread = new Thread(() -> {
                while (running) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = run.send("GET", "metrics", null, null);
                        String m = r.body();
                        if (r.statusCode() != 200 || !m.contains("memory_usedHeap_bytes")) {
                            metricsError = "/metrics: " + r.statusCode() + ", no memory_usedHeap_bytes";
                        } else {
                            samples.add(new Sample(System.nanoTime(), metric(m, "memory_usedHeap_bytes", null),
                                    metric(m, "memory_committedHeap_bytes", null), metric(m, "memory_maxHeap_bytes", null),
                                    metric(m, "gc_total", "G1 Young Generation"), metric(m, "gc_total", "G1 Old Generation"),
                                    metric(m, "gc_time_seconds_total", "G1 Young Generation")
                                            + metric(m, "gc_time_seconds_total", "G1 Old Generation")));
                        }
                    } catch (Exception e) {
                        metricsError = "/metrics: " + e;
                    }
                    rounds.release();
                    long sleep = 500 - (System.nanoTime() - t) / 1_000_000;
                    try {
                        Thread.sleep(Math.max(10, sleep));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
            if (run.pid > 0) {
                Path jstatBin = Path.of(System.getProperty("java.home"), "bin", "jstat");
                jstat = new ProcessBuilder(Files.exists(jstatBin) ? jstatBin.toString() : "jstat", "-gc", String.valueOf(run.pid), "500")
                        .redirectErrorStream(true).start();
                Thread reader = new Thread(() -> readJstat(jstat.getInputStream()), "jstat");
                reader.setDaemon(true);
                reader.start();
            }
        }

        /** jstat -gc columns (G1): S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT [CGC CGCT] FGC FGCT ... in KB. */
        void readJstat(InputStream in) {
            try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in))) {
                String[] header = null;
                for (String line; (line = reader.readLine()) != null; ) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 0 && f[0].equals("S0C")) {
                        header = f;
                        continue;
                    }
                    if (header == null || f.length != header.length) {
                        continue;
                    }
                    Map<String, Double> v = new HashMap<>();
                    for (int i = 0; i < f.length; i++) {
                        try {
                            v.put(header[i], Double.parseDouble(f[i]));
                        } catch (NumberFormatException e) {
                            v.put(header[i], 0.0);
                        }
                    }
                    double used = (v.getOrDefault("S0U", 0.0) + v.getOrDefault("S1U", 0.0) + v.getOrDefault("EU", 0.0)
                            + v.getOrDefault("OU", 0.0)) * 1024;
                    jstats.add(new Jstat(System.nanoTime(), used, v.getOrDefault("OU", 0.0) * 1024,
                            v.getOrDefault("YGC", 0.0).longValue(), v.getOrDefault("FGC", 0.0).longValue()));
                }
            } catch (IOException e) {
                // jstat ended
            }
        }

        static double metric(String text, String name, String gcName) {
            for (String line : text.split("\n")) {
                if (line.startsWith(name + "{") && (gcName == null || line.contains("name=\"" + gcName + "\""))) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return Double.NaN;
        }

        /** Waits until the sampler has done {@code count} more rounds (at most a minute). */
        void awaitRounds(int count) throws InterruptedException {
            rounds.drainPermits();
            rounds.tryAcquire(count, 60, java.util.concurrent.TimeUnit.SECONDS);
        }

        Sample last() {
            return samples.isEmpty() ? null : samples.get(samples.size() - 1);
        }

        void stop() {
            running = false;
            thread.interrupt();
            if (jstat != null) {
                jstat.destroy();
            }
        }

        void report(Report r, Sample before, long from, long to) {
            if (before == null) {
                r.add("heap", "no samples from /metrics (" + metricsError + ")");
            } else {
                List<Sample> during = samples.stream().filter(s -> s.ns >= from && s.ns <= to).collect(Collectors.toList());
                Sample after = last();
                r.add("heapSamples", during.size());
                r.add("heapMaxMB", before.max / MB);
                r.add("heapUsedBeforeMB", before.used / MB);
                r.add("heapCommittedBeforeMB", before.committed / MB);
                r.add("heapUsedMaxMB", during.stream().mapToDouble(Sample::used).max().orElse(Double.NaN) / MB);
                r.add("heapUsedMeanMB", during.stream().mapToDouble(Sample::used).average().orElse(Double.NaN) / MB);
                r.add("heapCommittedMaxMB", during.stream().mapToDouble(Sample::committed).max().orElse(Double.NaN) / MB);
                r.add("heapUsedAfterMB", after.used / MB);
                r.add("youngGcs", Math.round(after.youngGcs - before.youngGcs));
                r.add("oldGcs", Math.round(after.oldGcs - before.oldGcs));
                r.add("gcSeconds", after.gcSeconds - before.gcSeconds);
            }
            if (run.pid > 0) {
                List<Jstat> during = jstats.stream().filter(s -> s.ns >= from && s.ns <= to).collect(Collectors.toList());
                List<Jstat> beforeJ = jstats.stream().filter(s -> s.ns < from).collect(Collectors.toList());
                if (during.isEmpty() || beforeJ.isEmpty()) {
                    r.add("jstat", "no samples from jstat -gc " + run.pid);
                } else {
                    Jstat b = beforeJ.get(beforeJ.size() - 1);
                    Jstat a = jstats.get(jstats.size() - 1);
                    r.add("jstatSamples", during.size());
                    r.add("jstatUsedBeforeMB", b.used / MB);
                    r.add("jstatUsedMaxMB", during.stream().mapToDouble(Jstat::used).max().getAsDouble() / MB);
                    r.add("jstatOldBeforeMB", b.old / MB);
                    r.add("jstatOldMaxMB", during.stream().mapToDouble(Jstat::old).max().getAsDouble() / MB);
                    r.add("jstatYoungGcs", a.ygc - b.ygc);
                    r.add("jstatFullGcs", a.fgc - b.fgc);
                }
            }
        }
    }

    /** Results by name, as JSON and as the summary's Markdown. */
    static final class Report {
        final Map<String, Object> values = new LinkedHashMap<>();

        void add(String name, Object value) {
            values.put(name, value);
        }

        String fmt(String name) {
            Object v = values.get(name);
            if (v instanceof Double d) {
                return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.0f" : "%.1f", d);
            }
            return String.valueOf(v);
        }

        String json() {
            StringBuilder b = new StringBuilder("{");
            for (var e : values.entrySet()) {
                if (b.length() > 1) {
                    b.append(",\n ");
                }
                b.append('"').append(e.getKey()).append("\": ");
                Object v = e.getValue();
                if (v instanceof Number num && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                    b.append(num);
                } else {
                    b.append('"').append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                }
            }
            return b.append("}\n").toString();
        }

        String markdown() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%s PDFs, %.1f MB in all, %s clients, Atrium %s%n%n", fmt("files"),
                    ((Long) values.get("bytes")) / MB, fmt("clients"), fmt("atrium")));
            b.append("| what | figure |\n|---|---|\n");
            b.append("| upload: ").append(fmt("files")).append(" files in ").append(fmt("uploadSeconds")).append(" s | **")
                    .append(fmt("uploadFilesPerSecond")).append(" files/s, ").append(fmt("uploadMBPerSecond")).append(" MB/s** |\n");
            b.append("| upload answer (201), per file | p50 **").append(fmt("uploadP50Ms")).append(" ms** / p95 **")
                    .append(fmt("uploadP95Ms")).append(" ms** / max ").append(fmt("uploadMaxMs")).append(" ms |\n");
            b.append("| textStatus in the upload's answer | ").append(fmt("uploadAnswerTextStatus")).append(" |\n");
            b.append("| extraction: first upload to last text, ").append(fmt("textsFinished")).append(" files | ")
                    .append(fmt("extractionSeconds")).append(" s = **").append(fmt("extractionFilesPerSecond"))
                    .append(" files/s, ").append(fmt("extractionMBPerSecond")).append(" MB/s** |\n");
            b.append("| texts finished after the last upload | ").append(fmt("textsAfterUploads")).append(", ")
                    .append(fmt("extractionFilesPerSecondAfterUploads")).append(" files/s |\n");
            b.append("| lag from a file's upload answer to its text | p50 **").append(fmt("lagP50Ms")).append(" ms** / p95 **")
                    .append(fmt("lagP95Ms")).append(" ms** / max ").append(fmt("lagMaxMs")).append(" ms |\n");
            b.append("| text statuses (GET /api/v1/documents/{id}) | ").append(fmt("textStatuses")).append("; UNAVAILABLE ")
                    .append(fmt("unavailable")).append(" ").append(fmt("unavailableReasons")).append(" |\n");
            if (values.containsKey("heapUsedMaxMB")) {
                b.append("| heap (/metrics, every 500 ms; max ").append(fmt("heapMaxMB")).append(" MB) | used before **")
                        .append(fmt("heapUsedBeforeMB")).append(" MB** (committed ").append(fmt("heapCommittedBeforeMB"))
                        .append("), during extraction max **").append(fmt("heapUsedMaxMB")).append(" MB** (mean ")
                        .append(fmt("heapUsedMeanMB")).append(", committed max ").append(fmt("heapCommittedMaxMB"))
                        .append("), after ").append(fmt("heapUsedAfterMB")).append(" MB; ").append(fmt("heapSamples"))
                        .append(" samples |\n");
                b.append("| GC during the run (/metrics) | ").append(fmt("youngGcs")).append(" young, ").append(fmt("oldGcs"))
                        .append(" old, ").append(fmt("gcSeconds")).append(" s in all |\n");
            } else {
                b.append("| heap | ").append(fmt("heap")).append(" |\n");
            }
            if (values.containsKey("jstatUsedMaxMB")) {
                b.append("| jstat -gc (Payara JVM) | used before ").append(fmt("jstatUsedBeforeMB")).append(" MB, max ")
                        .append(fmt("jstatUsedMaxMB")).append(" MB; old generation before ").append(fmt("jstatOldBeforeMB"))
                        .append(" MB, max ").append(fmt("jstatOldMaxMB")).append(" MB; ").append(fmt("jstatYoungGcs"))
                        .append(" young GCs, ").append(fmt("jstatFullGcs")).append(" full GCs |\n");
            } else if (values.containsKey("jstat")) {
                b.append("| jstat | ").append(fmt("jstat")).append(" |\n");
            }
            b.append("| search for a word of one PDF | ").append(fmt("search")).append(" |\n");
            if (!"[]".equals(values.get("failures"))) {
                b.append("| failures | ").append(fmt("failures")).append(" |\n");
            }
            return b.toString();
        }
    }

    // ------------------------------------------------------------------ helpers

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
