package be.atrium.search.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.FacesRenderer;
import org.primefaces.component.autocomplete.AutoComplete;
import org.primefaces.component.autocomplete.AutoCompleteRenderer;

import java.io.IOException;

/**
 * PrimeFaces' autocomplete as the text field of a plain GET form: the visible field is named
 * {@code q} (PrimeFaces names it {@code <id>_input}) and its hidden companion gets no name, so the
 * form sends exactly {@code search/index.xhtml?q=…}, with or without script. Suggestions still come
 * through the component's own Ajax request, which reads its query from a parameter of its own; the
 * field is never posted back, so nothing else needs its PrimeFaces name.
 */
@FacesRenderer(componentFamily = AutoComplete.COMPONENT_FAMILY, rendererType = SearchBoxRenderer.RENDERER_TYPE)
public class SearchBoxRenderer extends AutoCompleteRenderer {

    public static final String RENDERER_TYPE = "be.atrium.search.SearchBox";
    /** The name of the query parameter of the search page. */
    static final String PARAMETER = "q";

    @Override
    protected void encodeInput(FacesContext context, AutoComplete ac, String clientId) throws IOException {
        withName(context, PARAMETER, () -> super.encodeInput(context, ac, clientId));
    }

    @Override
    protected void encodeHiddenInput(FacesContext context, AutoComplete ac, String clientId) throws IOException {
        withName(context, null, () -> super.encodeHiddenInput(context, ac, clientId));
    }

    private interface Encoding {
        void run() throws IOException;
    }

    /** Encodes with every {@code name} attribute replaced (or left out when {@code name} is null). */
    private static void withName(FacesContext context, String name, Encoding encoding) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void writeAttribute(String attribute, Object value, String property) throws IOException {
                if (!"name".equals(attribute)) {
                    super.writeAttribute(attribute, value, property);
                } else if (name != null) {
                    super.writeAttribute(attribute, name, property);
                }
            }
        });
        try {
            encoding.run();
        } finally {
            context.setResponseWriter(original);
        }
    }
}
