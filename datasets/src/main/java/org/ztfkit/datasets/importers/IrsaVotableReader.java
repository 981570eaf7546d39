package org.ztfkit.datasets.importers;

import java.nio.file.Path;
import java.util.List;
import org.ztfkit.remote.IrsaLightCurves;
import org.ztfkit.store.DrRecord;
import org.ztfkit.vo.Vo;

/** VOTables saved from IRSA's ZTF light-curve API, read with the online client's parser ({@link IrsaLightCurves}). */
final class IrsaVotableReader implements DrFileReader {
    @Override
    public long objectCount(Path file) {
        return 0;
    }

    @Override
    public void read(Path file, int batchSize, Batches batches, java.util.function.LongConsumer objectsRead) {
        List<DrRecord> all = IrsaLightCurves.records(Vo.readVotable(file), file.getFileName().toString());
        for (int i = 0; i < all.size(); i += batchSize) {
            batches.accept(all.subList(i, Math.min(all.size(), i + batchSize)));
            objectsRead.accept(Math.min(all.size(), i + batchSize));
        }
    }
}
