package io.claimgraph.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The three OpenNLP English models (UD EWT 1.3, from the opennlp-models-*-en jars), loaded once per process.
 *
 * <p>The model jars put each model file at the root of the jar under its release name; they also all carry a
 * {@code model.properties} at the same path, so that file is useless for finding them and the names are pinned here.
 * Models are immutable and thread-safe; the {@code *ME} tools built on them are not, so stages create their own.
 *
 * <p>Two manifest settings are changed at load time, for speed: the POS tagger runs greedy (beam 1 instead of 3,
 * about twice as fast, and it gave the same tags on the sample article), and the tokenizer skips the model for
 * purely alphanumeric tokens (which it never splits anyway).
 */
public final class LanguageModels {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final PosWeights posWeights;

    private LanguageModels() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE_MODEL));
            tokenizerModel = new TokenizerModel(withManifest(TOKEN_MODEL, "useAlphaNumericOptimization", "true"));
            posModel = new POSModel(withManifest(POS_MODEL, "BeamSize", "1"));
            posWeights = new PosWeights(posModel);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the OpenNLP English models from the classpath", e);
        }
    }

    private static final class Holder {
        static final LanguageModels SHARED = new LanguageModels();
    }

    /** The process-wide models; the first call loads them (about a second). */
    public static LanguageModels shared() {
        return Holder.SHARED;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }

    /** The POS model's parameters by word, shared by every thread's tagger. */
    public PosWeights posWeights() {
        return posWeights;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = LanguageModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Model " + resource + " is not on the classpath (opennlp-models-*-en jars missing?)");
        }
        return in;
    }

    /** Copies the model archive, overriding one entry of its manifest.properties. */
    private static InputStream withManifest(String resource, String key, String value) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(open(resource)); ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(bytes));
                    manifest.setProperty(key, value);
                    ByteArrayOutputStream changed = new ByteArrayOutputStream();
                    manifest.store(changed, null);
                    bytes = changed.toByteArray();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(copy.toByteArray());
    }
}
