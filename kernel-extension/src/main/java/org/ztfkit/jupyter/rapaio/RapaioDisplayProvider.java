package org.ztfkit.jupyter.rapaio;

import java.util.List;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import org.ztfkit.jupyter.Displays;
import org.ztfkit.jupyter.MimeBundle;

/**
 * ztfkit's displays for the rapaio Java kernel, found through its {@code DisplayProvider} service
 * ({@code META-INF/services}) as soon as the ztfkit jar is on the kernel's class path ({@code RJK_CLASSPATH} or
 * {@code %jars}). Creating it also turns progress bars into notebook displays.
 */
public final class RapaioDisplayProvider implements DisplayProvider {
    /** Made by the kernel's service loader; installs in-place progress bars for kernels that add the jar themselves. */
    public RapaioDisplayProvider() {
        RapaioBinding.install();
    }

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return Displays.standard().types().stream().map(RapaioDisplayProvider::renderer).toList();
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of();
    }

    private static DisplayRenderer renderer(Class<?> type) {
        return new DisplayRenderer() {
            @Override
            public Class<?> rendererClass() {
                return type;
            }

            @Override
            public boolean canRender(String mimeType) {
                return true;
            }

            @Override
            public DisplayData render(String mimeType, Object value) {
                MimeBundle bundle = Displays.standard().bundle(value).orElseGet(() -> MimeBundle.text(value));
                DisplayData data = DisplayData.withType(MimeBundle.TEXT, bundle.data().get(MimeBundle.TEXT));
                bundle.data().forEach(data::putData);
                return data;
            }
        };
    }
}
