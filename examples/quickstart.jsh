// ztfkit quick start on the embedded demo sky (simulated; offline). Run with: ./ztfkit demo
import org.ztfkit.*;
import org.ztfkit.sky.*;

var ztf = Ztf.embedded();
System.out.println(ztf);

var obj = ztf.object(633207400004730L);          // SNAD101, latest release of the demo sky
System.out.println(obj);
System.out.println(obj.meta().toMap());

var lc = obj.lightCurve();
System.out.println(lc);
System.out.println(lc.table().first(5));

System.out.println(ztf.cone("16:29:49.3 +24:46:22", 5.0).print());
System.out.println(ztf.cone("Her X-1", 10.0).print());
System.out.println(ztf.object("SNAD101"));
System.out.println(obj.neighbours(1.5).print());
System.out.println(ztf.dr("dr8").object(633207400004730L));
/exit
