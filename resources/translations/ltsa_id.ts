<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>ApplicantPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="63" />
        <source>NIK, name, phone, passport, ticket or case number</source>
        <translation>NIK, nama, telepon, paspor, nomor antrean atau nomor berkas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="69" />
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="79" />
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="189" />
        <source>New applicant</source>
        <translation>Pemohon baru</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="97" />
        <source>NIK (16 digits)</source>
        <translation>NIK (16 angka)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="98" />
        <source>Full name as on the KTP</source>
        <translation>Nama lengkap sesuai KTP</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="99" />
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="104" />
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="105" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="105" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="105" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="106" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="107" />
        <source>E-mail (optional)</source>
        <translation>Surel (opsional)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="108" />
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="109" />
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="110" />
        <source>Regency or city (kabupaten/kota)</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="114" />
        <source>Type to search, e.g. Jawa Barat</source>
        <translation>Ketik untuk mencari, mis. Jawa Barat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="116" />
        <source>Type to search, e.g. Indramayu</source>
        <translation>Ketik untuk mencari, mis. Indramayu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="118" />
        <source>Placement scheme</source>
        <translation>Skema penempatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="119" />
        <source>P to P (through a P3MI agency)</source>
        <translation>P to P (melalui P3MI)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="120" />
        <source>Independent (perseorangan)</source>
        <translation>Perseorangan (mandiri)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="121" />
        <source>P3MI agency</source>
        <translation>Perusahaan P3MI</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="122" />
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="123" />
        <source>Job position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="124" />
        <source>Fee-exempt job (Perban 9/2020)</source>
        <translation>Jabatan bebas biaya (Perban 9/2020)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="124" />
        <source>not exempt</source>
        <translation>tidak dibebaskan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="127" />
        <source>Passport number (optional)</source>
        <translation>Nomor paspor (opsional)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="128" />
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="130" />
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="132" />
        <source>Family permission from</source>
        <translation>Izin keluarga dari</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="133" />
        <source>Husband (suami)</source>
        <translation>Suami</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="133" />
        <source>Wife (istri)</source>
        <translation>Istri</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="134" />
        <source>Parents (orang tua)</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="134" />
        <source>Guardian (wali)</source>
        <translation>Wali</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="135" />
        <source>First-time CPMI</source>
        <translation>CPMI pertama kali</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="137" />
        <source>Family permission acknowledged by the village head</source>
        <translation>Izin keluarga diketahui kepala desa/lurah</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="151" />
        <source>Save applicant</source>
        <translation>Simpan pemohon</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="158" />
        <source>Cases</source>
        <translation>Berkas layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="165" />
        <source>Open services…</source>
        <translation>Buka layanan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="232" />
        <source>Province and regency filled in from the NIK; change them if the applicant lives elsewhere now.</source>
        <translation>Provinsi dan kabupaten/kota diisi dari NIK; ubah bila pemohon kini tinggal di tempat lain.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="263" />
        <source>This NIK is already registered; the existing record is open.</source>
        <translation>NIK ini sudah terdaftar; data yang ada telah dibuka.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="267" />
        <source>Possible duplicate</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="268" />
        <source>Registered with the same date of birth and a similar name:
{names}

Register a new person anyway?</source>
        <translation>Terdaftar dengan tanggal lahir sama dan nama mirip:
{names}

Tetap daftarkan orang baru?</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="279" />
        <source>Please check the marked fields.</source>
        <translation>Periksa isian yang ditandai.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="283" />
        <source>Saved elsewhere</source>
        <translation>Disimpan di loket lain</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="291" />
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="325" />
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="329" />
        <source>Open services</source>
        <translation>Buka layanan</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/approval.py" line="27" />
        <source>Supervisor approval</source>
        <translation>Persetujuan koordinator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/approval.py" line="29" />
        <source>A supervisor must approve: {what}</source>
        <translation>Perlu persetujuan koordinator: {what}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/approval.py" line="38" />
        <source>Supervisor username</source>
        <translation>Nama pengguna koordinator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/approval.py" line="39" />
        <source>Supervisor password</source>
        <translation>Kata sandi koordinator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/approval.py" line="46" />
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/approval.py" line="47" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="73" />
        <source>in process</source>
        <translation>diproses</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="73" />
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="74" />
        <source>handed over</source>
        <translation>diserahkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="74" />
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="75" />
        <source>withdrawn</source>
        <translation>ditarik</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="78" />
        <source>Reason (for rejected / withdrawn) or a note</source>
        <translation>Alasan (ditolak / ditarik) atau catatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="79" />
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="81" />
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="90" />
        <source>Attach document…</source>
        <translation>Lampirkan dokumen…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="113" />
        <source>{number} · {service} · {status} · due {due}{overdue}</source>
        <translation>{number} · {service} · {status} · tenggat {due}{overdue}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="115" />
        <source> · OVERDUE</source>
        <translation> · TERLAMBAT</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="120" />
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dokumen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="121" />
        <source>pending</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="121" />
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="122" />
        <source>verified</source>
        <translation>diverifikasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="122" />
        <source>not applicable</source>
        <translation>tidak berlaku</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="133" />
        <source>&lt;b&gt;Procedure&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prosedur&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="137" />
        <source>{name} ({days} working days, due {due})</source>
        <translation>{name} ({days} hari kerja, tenggat {due})</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="140" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="150" />
        <source>Attachments: {files}</source>
        <translation>Lampiran: {files}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="157" />
        <source>Attach a scan (PDF, JPEG or PNG, at most {mb} MB)</source>
        <translation>Lampirkan hasil pindai (PDF, JPEG atau PNG, paling besar {mb} MB)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="158" />
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Hasil pindai (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="46" />
        <source>Import signed bundle…</source>
        <translation>Impor paket bertanda tangan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="48" />
        <source>Fee poster (PDF)…</source>
        <translation>Poster tarif (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="64" />
        <source>Requirements and fees of one placement scheme, or of every scheme</source>
        <translation>Persyaratan dan biaya untuk satu skema penempatan, atau untuk semua skema</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="65" />
        <source>Print service standard…</source>
        <translation>Cetak maklumat pelayanan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="68" />
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="71" />
        <source>Scheme</source>
        <translation>Skema</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="93" />
        <source>All schemes</source>
        <translation>Semua skema</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="98" />
        <source>Installed versions: {v}</source>
        <translation>Versi terpasang: {v}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="125" />
        <source>Import signed bundle</source>
        <translation>Impor paket bertanda tangan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="132" />
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="136" />
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="135" />
        <source>no changes</source>
        <translation>tidak ada perubahan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="136" />
        <source>Bundle {label}:
{summary}

Apply?</source>
        <translation>Paket {label}:
{summary}

Terapkan?</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="162" />
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="184" />
        <source>Select a service first.</source>
        <translation>Pilih layanan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="171" />
        <source>Service standard</source>
        <translation>Maklumat pelayanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="173" />
        <source>Service standard printed.</source>
        <translation>Maklumat pelayanan dicetak.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="176" />
        <source>No printer answered; the service standard is saved at {path}.</source>
        <translation>Tidak ada printer yang menjawab; maklumat pelayanan disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="179" />
        <source>Not printed; the service standard is saved at {path}.</source>
        <translation>Tidak dicetak; maklumat pelayanan disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="186" />
        <source>Save service standard as PDF</source>
        <translation>Simpan maklumat pelayanan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="187" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="199" />
        <source>Saved: {paths}</source>
        <translation>Disimpan: {paths}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="203" />
        <source>Fee poster</source>
        <translation>Poster tarif</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/password.py" line="17" />
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/password.py" line="25" />
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/password.py" line="26" />
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/password.py" line="27" />
        <source>Repeat new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/password.py" line="40" />
        <source>The new passwords do not match.</source>
        <translation>Kata sandi baru tidak sama.</translation>
    </message>
</context>
<context>
    <name>ChooseServicesDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="29" />
        <source>Open services</source>
        <translation>Buka layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="32" />
        <source>Choose the services this applicant came for:</source>
        <translation>Pilih layanan yang dibutuhkan pemohon:</translation>
    </message>
</context>
<context>
    <name>CloseCashDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="526" />
        <source>Close cash session</source>
        <translation>Tutup sesi kas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="550" />
        <source>closing the cash drawer with {amount} counted</source>
        <translation>penutupan laci kas dengan hitungan {amount}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="559" />
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="559" />
        <source>Closed. Difference: {d}</source>
        <translation>Ditutup. Selisih: {d}</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="46" />
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="50" />
        <source>Received</source>
        <translation>Diterima melalui</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="51" />
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="52" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="53" />
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="54" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="55" />
        <source>Subject</source>
        <translation>Pokok pengaduan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="56" />
        <source>Chronology</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="60" />
        <source>The file is complete (the 60-day resolution clock starts)</source>
        <translation>Berkas lengkap (tenggat penyelesaian 60 hari mulai)</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="156" />
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="156" />
        <source>Complainant</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="156" />
        <source>Subject</source>
        <translation>Pokok pengaduan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="157" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="157" />
        <source>Acknowledge by</source>
        <translation>Tanggapi paling lambat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="157" />
        <source>Resolve by</source>
        <translation>Selesaikan paling lambat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="163" />
        <source>New complaint…</source>
        <translation>Pengaduan baru…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="163" />
        <source>Follow-up…</source>
        <translation>Tindak lanjut…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="164" />
        <source>Resolve…</source>
        <translation>Selesaikan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="164" />
        <source>Log a consultation…</source>
        <translation>Catat konsultasi…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="165" />
        <source>Non-procedural PMI record…</source>
        <translation>Data PMI nonprosedural…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="200" />
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="200" />
        <source>What was done:</source>
        <translation>Yang telah dilakukan:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="207" />
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="207" />
        <source>Resolution:</source>
        <translation>Penyelesaian:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="213" />
        <source>Consultation</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="213" />
        <source>Topic and advice given:</source>
        <translation>Topik dan saran yang diberikan:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="236" />
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
</context>
<context>
    <name>CounsellingDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="231" />
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="279" />
        <source>Counselling session</source>
        <translation>Sesi bimbingan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="234" />
        <source>Applicant: {name}</source>
        <translation>Pemohon: {name}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="238" />
        <source>Interests and wishes</source>
        <translation>Minat dan keinginan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="239" />
        <source>Advice given</source>
        <translation>Saran yang diberikan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="240" />
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="241" />
        <source>Vacancies discussed</source>
        <translation>Lowongan yang dibahas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="242" />
        <source>Refer to vacancy (prints a referral slip)</source>
        <translation>Rujuk ke lowongan (mencetak surat rujukan)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="249" />
        <source>No referral</source>
        <translation>Tanpa rujukan</translation>
    </message>
</context>
<context>
    <name>CounterQueuePage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="58" />
        <source>Open this counter</source>
        <translation>Buka loket ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="62" />
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="68" />
        <source>Current ticket</source>
        <translation>Tiket saat ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="77" />
        <source>Call next</source>
        <translation>Panggil berikutnya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="78" />
        <source>Recall</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="79" />
        <source>Start serving</source>
        <translation>Mulai layani</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="80" />
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="81" />
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="82" />
        <source>Transfer…</source>
        <translation>Alihkan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="83" />
        <source>Cancel ticket…</source>
        <translation>Batalkan tiket…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="91" />
        <source>Waiting for this counter</source>
        <translation>Menunggu untuk loket ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="97" />
        <source>Missed (may rejoin once)</source>
        <translation>Terlewat (boleh kembali antre sekali)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="101" />
        <source>Rejoin queue</source>
        <translation>Kembalikan ke antrean</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="152" />
        <source>Counter opened.</source>
        <translation>Loket dibuka.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="157" />
        <source>Nobody is waiting for this counter.</source>
        <translation>Tidak ada yang menunggu di loket ini.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="173" />
        <source>Finished.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="185" />
        <source>Transfer</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="185" />
        <source>Send the ticket to:</source>
        <translation>Alihkan tiket ke:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="190" />
        <source>Transferred; the ticket keeps its number and place.</source>
        <translation>Dialihkan; tiket tetap memakai nomor dan urutannya.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="196" />
        <source>Cancel ticket</source>
        <translation>Batalkan tiket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="196" />
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="203" />
        <source>Rejoin</source>
        <translation>Kembali antre</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="203" />
        <source>Choose a missed ticket first.</source>
        <translation>Pilih tiket yang terlewat terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="206" />
        <source>Rejoined.</source>
        <translation>Kembali antre.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="222" />
        <source>Open by you</source>
        <translation>Dibuka oleh Anda</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="224" />
        <source>Open by {name}</source>
        <translation>Dibuka oleh {name}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="226" />
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="230" />
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="230" />
        <source>being served</source>
        <translation>sedang dilayani</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="231" />
        <source>{status}; called {n}×{priority}</source>
        <translation>{status}; dipanggil {n}×{priority}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="233" />
        <source>, priority</source>
        <translation>, prioritas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="241" />
        <source>Line {prefix}: {count} waiting</source>
        <translation>Layanan {prefix}: {count} menunggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="242" />
        <source>No queue lines.</source>
        <translation>Tidak ada jalur antrean.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="245" />
        <source> (already rejoined)</source>
        <translation> (sudah kembali antre)</translation>
    </message>
</context>
<context>
    <name>CounterWorkspace</name>
    <message>
        <location filename="../../ltsa_desktop/ui/workspaces/counter.py" line="27" />
        <source>No counter pages are available.</source>
        <translation>Tidak ada halaman loket.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="221" />
        <source>Credential store</source>
        <translation>Penyimpanan kredensial</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="222" />
        <source>Receipt signing key</source>
        <translation>Kunci tanda tangan kuitansi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="226" />
        <source>Central server</source>
        <translation>Server pusat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="227" />
        <source>Enrollment code</source>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="230" />
        <source>Register a new receipt key</source>
        <translation>Daftarkan kunci kuitansi baru</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="230" />
        <source>Enroll</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="231" />
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="246" />
        <source> — no usable keyring: install Windows Credential Manager support, GNOME Keyring or KWallet</source>
        <translation> — tidak ada keyring yang dapat dipakai: pasang Windows Credential Manager, GNOME Keyring atau KWallet</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="247" />
        <source> (demo office: a file in the data directory is used)</source>
        <translation> (kantor demo: memakai berkas di direktori data)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="250" />
        <source>present</source>
        <translation>ada</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="252" />
        <source>missing: no payment can be taken until a key is registered</source>
        <translation>tidak ada: pembayaran tidak dapat diterima sebelum kunci didaftarkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="268" />
        <source>Enrollment failed ({code}): {detail}</source>
        <translation>Pendaftaran gagal ({code}): {detail}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="273" />
        <source>Enrolled as central device {d}.</source>
        <translation>Terdaftar sebagai perangkat pusat {d}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="277" />
        <source>Backup written: {p}</source>
        <translation>Cadangan tersimpan: {p}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="278" />
        <source>This office uses PostgreSQL: back it up with pg_dump on the server.</source>
        <translation>Kantor ini memakai PostgreSQL: cadangkan dengan pg_dump di server.</translation>
    </message>
</context>
<context>
    <name>DisplayBoardWindow</name>
    <message>
        <location filename="../../ltsa_desktop/ui/public/display_board.py" line="25" />
        <source>Display board</source>
        <translation>Papan antrean</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/public/display_board.py" line="44" />
        <source>NOW SERVING</source>
        <translation>SEDANG DILAYANI</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/public/display_board.py" line="53" />
        <source>Last calls</source>
        <translation>Panggilan terakhir</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/public/display_board.py" line="60" />
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/public/display_board.py" line="105" />
        <source>Counter {n}</source>
        <translation>Loket {n}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/public/display_board.py" line="111" />
        <source>{number} → Counter {n}</source>
        <translation>{number} → Loket {n}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/public/display_board.py" line="114" />
        <source>{prefix} {name}: {count}</source>
        <translation>{prefix} {name}: {count}</translation>
    </message>
</context>
<context>
    <name>FeeBoardWindow</name>
    <message>
        <location filename="../../ltsa_desktop/ui/public/fee_board.py" line="23" />
        <source>Public fee board</source>
        <translation>Papan tarif publik</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="316" />
        <source>Office holidays. Due dates of cases and complaints count working days only: weekends and the days listed here are skipped. Changes apply to cases opened afterwards.</source>
        <translation>Hari libur kantor. Tenggat berkas dan pengaduan hanya menghitung hari kerja: akhir pekan dan hari yang tercantum di sini dilewati. Perubahan berlaku untuk berkas yang dibuka sesudahnya.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="331" />
        <source>Add holiday</source>
        <translation>Tambah hari libur</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="334" />
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="363" />
        <source>No holidays configured: only weekends are skipped.</source>
        <translation>Belum ada hari libur: hanya akhir pekan yang dilewati.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="379" />
        <source>That day is already a holiday.</source>
        <translation>Hari itu sudah menjadi hari libur.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="384" />
        <source>That day is a weekend day; it is skipped already.</source>
        <translation>Hari itu akhir pekan; sudah dilewati.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="386" />
        <source>Holiday added.</source>
        <translation>Hari libur ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="396" />
        <source>Holiday removed.</source>
        <translation>Hari libur dihapus.</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="632" />
        <source>Matching and counselling</source>
        <translation>Pencocokan dan bimbingan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="633" />
        <source>Vacancies</source>
        <translation>Lowongan</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ltsa_desktop/ui/public/kiosk.py" line="53" />
        <source>Ticket kiosk</source>
        <translation>Kios tiket</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="120" />
        <source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="122" />
        <source>Locked for {name}. Enter your password to continue.</source>
        <translation>Terkunci untuk {name}. Masukkan kata sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="132" />
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="133" />
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="44" />
        <source>LTSA Desktop – {office}</source>
        <translation>LTSA Desktop – {office}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="76" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="77" />
        <source>Change password…</source>
        <translation>Ganti kata sandi…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="79" />
        <source>Lock screen</source>
        <translation>Kunci layar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="82" />
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="84" />
        <source>Quit</source>
        <translation>Tutup aplikasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="89" />
        <source>&amp;Windows</source>
        <translation>&amp;Jendela</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="90" />
        <source>Ticket kiosk</source>
        <translation>Kios tiket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="90" />
        <source>Display board</source>
        <translation>Papan antrean</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="91" />
        <source>Public fee board</source>
        <translation>Papan tarif publik</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="91" />
        <source>Rating screen</source>
        <translation>Layar penilaian layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="96" />
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="105" />
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="106" />
        <location filename="../../ltsa_desktop/ui/main_window.py" line="219" />
        <source>About LTSA Desktop</source>
        <translation>Tentang LTSA Desktop</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="116" />
        <source>Sync: not enrolled</source>
        <translation>Sinkronisasi: belum terdaftar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="118" />
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="126" />
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="149" />
        <source>Sync: not enrolled · {n} waiting</source>
        <translation>Sinkronisasi: belum terdaftar · {n} menunggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="151" />
        <source>Sync: {n} pending</source>
        <translation>Sinkronisasi: {n} menunggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="153" />
        <source> · offline ({code})</source>
        <translation> · luring ({code})</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="155" />
        <source> · last success {at}</source>
        <translation> · terakhir berhasil {at}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="157" />
        <source> · {k} need attention</source>
        <translation> · {k} perlu ditangani</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="159" />
        <source> · check this PC's clock</source>
        <translation> · periksa jam PC ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="185" />
        <source>counter staff</source>
        <translation>petugas loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="185" />
        <source>supervisor</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="186" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="191" />
        <source>Database: {path}</source>
        <translation>Basis data: {path}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="192" />
        <source>Database: {engine} on {host}</source>
        <translation>Basis data: {engine} di {host}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/main_window.py" line="220" />
        <source>LTSA Desktop {version}
Office counters for Indonesian migrant worker services.

Data directory: {data}
Database engine: {engine}</source>
        <translation>LTSA Desktop {version}
Loket layanan Pekerja Migran Indonesia.

Direktori data: {data}
Mesin basis data: {engine}</translation>
    </message>
</context>
<context>
    <name>MatchingTab</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="461" />
        <source>NIK, name, phone, passport, ticket or case number</source>
        <translation>NIK, nama, telepon, paspor, nomor antrean atau nomor berkas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="469" />
        <source>Learned in the session (optional):</source>
        <translation>Diketahui saat bimbingan (opsional):</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="475" />
        <source>Certificates held, comma-separated</source>
        <translation>Sertifikat yang dimiliki, dipisah koma</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="476" />
        <source>Height</source>
        <translation>Tinggi badan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="479" />
        <source>Match again</source>
        <translation>Cocokkan ulang</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="485" />
        <source>Choose an applicant to see the open vacancies ranked for them.</source>
        <translation>Pilih pemohon untuk melihat lowongan terbuka yang diurutkan untuknya.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="492" />
        <source>Vacancy</source>
        <translation>Lowongan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="492" />
        <source>Fits</source>
        <translation>Cocok</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="492" />
        <source>Not met</source>
        <translation>Tidak terpenuhi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="493" />
        <source>To check</source>
        <translation>Perlu dicek</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="504" />
        <source>Counselling session…</source>
        <translation>Sesi bimbingan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="509" />
        <source>Earlier counselling sessions:</source>
        <translation>Sesi bimbingan sebelumnya:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="514" />
        <source>Print the referral slip again</source>
        <translation>Cetak ulang surat rujukan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="541" />
        <source>referral</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="555" />
        <source>{name}: {fit} of {total} open vacancies fit</source>
        <translation>{name}: {fit} dari {total} lowongan terbuka cocok</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="559" />
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="559" />
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="567" />
        <source>No open, verified vacancy at the moment.</source>
        <translation>Saat ini belum ada lowongan terbuka yang terverifikasi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="581" />
        <source>Age {required} (is {actual})</source>
        <translation>Usia {required} (saat ini {actual})</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="581" />
        <source>Sex: {required}</source>
        <translation>Jenis kelamin: {required}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="582" />
        <source>Education at least {required} (has {actual})</source>
        <translation>Pendidikan minimal {required} (dimiliki {actual})</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="583" />
        <source>Certificate {required}</source>
        <translation>Sertifikat {required}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="584" />
        <source>Height at least {required} cm (is {actual})</source>
        <translation>Tinggi minimal {required} cm (saat ini {actual})</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="585" />
        <source>Health: {required}</source>
        <translation>Kesehatan: {required}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="586" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="586" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="597" />
        <source>No requirements listed.</source>
        <translation>Tidak ada syarat yang dicantumkan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="616" />
        <source>Counselling session</source>
        <translation>Sesi bimbingan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="617" />
        <source>Choose an earlier session that referred to a vacancy.</source>
        <translation>Pilih sesi sebelumnya yang merujuk ke lowongan.</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="35" />
        <source>New staff account</source>
        <translation>Akun petugas baru</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="37" />
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="38" />
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="40" />
        <source>Counter staff</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="40" />
        <source>Supervisor</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="41" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="43" />
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="46" />
        <source>First password (at least 8 characters)</source>
        <translation>Kata sandi awal (minimal 8 karakter)</translation>
    </message>
</context>
<context>
    <name>NonProceduralDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="98" />
        <source>Non-procedural PMI record</source>
        <translation>Data PMI nonprosedural</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="106" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="107" />
        <source>NIK (if known)</source>
        <translation>NIK (bila diketahui)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="108" />
        <source>Prevented at</source>
        <translation>Dicegah di</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="109" />
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="110" />
        <source>Prevented by</source>
        <translation>Dicegah oleh</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="111" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="112" />
        <source>Intended destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="113" />
        <source>Broker or agent details</source>
        <translation>Keterangan calo atau agen</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="114" />
        <source>Family contact</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="118" />
        <source>Trafficking (TPPO) indicators:</source>
        <translation>Indikasi TPPO:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/overview.py" line="24" />
        <source>Service day: {day}</source>
        <translation>Hari layanan: {day}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/overview.py" line="27" />
        <source>Counters: {counters}</source>
        <translation>Loket: {counters}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="453" />
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="517" />
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="455" />
        <source>Amount due: {due}</source>
        <translation>Jumlah yang harus dibayar: {due}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="459" />
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="459" />
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="468" />
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="469" />
        <source>Tendered (Rp)</source>
        <translation>Uang diterima (Rp)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="470" />
        <source>Transfer / QRIS reference</source>
        <translation>Referensi transfer / QRIS</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="478" />
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="514" />
        <source>Receipt {number} printed.</source>
        <translation>Kuitansi {number} dicetak.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="515" />
        <source>Payment saved as receipt {number}. No printer answered; the PDF is kept at {path} and can be reprinted.</source>
        <translation>Pembayaran tersimpan sebagai kuitansi {number}. Printer tidak menjawab; PDF disimpan di {path} dan dapat dicetak ulang.</translation>
    </message>
</context>
<context>
    <name>PeriodSummaryDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="451" />
        <source>Weekly and monthly summary</source>
        <translation>Ringkasan mingguan dan bulanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="457" />
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="458" />
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="461" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="521" />
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="464" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="464" />
        <source>containing</source>
        <translation>yang memuat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="477" />
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="477" />
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="477" />
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="477" />
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="477" />
        <source>Not served</source>
        <translation>Tidak terlayani</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="478" />
        <source>Wait median</source>
        <translation>Median tunggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="478" />
        <source>Over wait target</source>
        <translation>Melewati target tunggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="478" />
        <source>Collected (net)</source>
        <translation>Diterima (neto)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="478" />
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="493" />
        <source>{start} – {end}: {issued} tickets, {served} served, {no_show} no-show; waiting time median {wm} min, p90 {wp} min; {breaches} over the wait target; {collected} collected (net); {closed} of {open_days} days with tickets closed.</source>
        <translation>{start} – {end}: {issued} tiket, {served} dilayani, {no_show} tidak hadir; waktu tunggu median {wm} menit, p90 {wp} menit; {breaches} melewati target waktu tunggu; {collected} diterima (neto); {closed} dari {open_days} hari bertiket sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="504" />
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="504" />
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="514" />
        <source>Save the summary as PDF</source>
        <translation>Simpan ringkasan sebagai PDF</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="70" />
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="81" />
        <source>{pages} page(s) · printer: {printer}</source>
        <translation>{pages} halaman · printer: {printer}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="82" />
        <source>system default</source>
        <translation>bawaan sistem</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="109" />
        <source>The preview of {files} could not be drawn; it can still be printed or saved.</source>
        <translation>Pratinjau {files} tidak dapat ditampilkan; berkas tetap dapat dicetak atau disimpan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="117" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="121" />
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="124" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="145" />
        <source>No printer answered ({detail}); the PDF is saved at {path}.</source>
        <translation>Tidak ada printer yang menjawab ({detail}); PDF disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="151" />
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="152" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="154" />
        <source>Folder for the PDF files</source>
        <translation>Folder untuk berkas PDF</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="163" />
        <source>The file could not be written: {reason}</source>
        <translation>Berkas tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/print_preview.py" line="165" />
        <source>Saved: {paths}</source>
        <translation>Disimpan: {paths}</translation>
    </message>
</context>
<context>
    <name>PrinterChoiceDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="150" />
        <source>Receipt printer of this workstation</source>
        <translation>Printer kuitansi di komputer ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="155" />
        <source>System default printer</source>
        <translation>Printer bawaan sistem</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="165" />
        <source>80 mm thermal roll</source>
        <translation>Gulungan termal 80 mm</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="165" />
        <source>58 mm thermal roll</source>
        <translation>Gulungan termal 58 mm</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="166" />
        <source>A5 sheet</source>
        <translation>Lembar A5</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="166" />
        <source>A4 sheet</source>
        <translation>Lembar A4</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="169" />
        <source>Print at once, without a preview (thermal printer)</source>
        <translation>Langsung cetak, tanpa pratinjau (printer termal)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="172" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="173" />
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
</context>
<context>
    <name>QuotePage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="58" />
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="69" />
        <source>Choices</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="81" />
        <source>Independent</source>
        <translation>Perseorangan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="84" />
        <source>not exempt</source>
        <translation>tidak dibebaskan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="89" />
        <source>First-time CPMI</source>
        <translation>CPMI pertama kali</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="94" />
        <source>Scheme</source>
        <translation>Skema</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="95" />
        <source>Fee-exempt job</source>
        <translation>Jabatan bebas biaya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="101" />
        <source>Applicant: none chosen (open one on the Applicants page)</source>
        <translation>Pemohon: belum dipilih (buka di halaman Pemohon)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="106" />
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="106" />
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="106" />
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="107" />
        <source>Who pays</source>
        <translation>Siapa membayar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="107" />
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="130" />
        <source>Print quote</source>
        <translation>Cetak rincian biaya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="133" />
        <source>Save quote as PDF…</source>
        <translation>Simpan rincian biaya sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="136" />
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="147" />
        <source>Take payment…</source>
        <translation>Terima pembayaran…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="150" />
        <source>Open cash session…</source>
        <translation>Buka sesi kas…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="153" />
        <source>Close cash session…</source>
        <translation>Tutup sesi kas…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="200" />
        <source>{amount} per {unit}</source>
        <translation>{amount} per {unit}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="209" />
        <source>Contract length</source>
        <translation>Masa kontrak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="209" />
        <source>Passport validity</source>
        <translation>Masa berlaku paspor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="210" />
        <source>JHT savings (voluntary)</source>
        <translation>JHT (sukarela)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="249" />
        <source>— choose one —</source>
        <translation>— pilih salah satu —</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="284" />
        <source>{service}: choose one option under Choices.</source>
        <translation>{service}: pilih salah satu di bagian Pilihan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="286" />
        <source>{services} are alternatives: keep only one of them.</source>
        <translation>{services} adalah alternatif: pilih satu saja.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="289" />
        <source>{service}: no fee line applies to this profile.</source>
        <translation>{service}: tidak ada tarif yang berlaku untuk profil ini.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="299" />
        <source>Applicant: {name}</source>
        <translation>Pemohon: {name}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="313" />
        <source>you pay</source>
        <translation>Anda bayar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="313" />
        <source>employer pays</source>
        <translation>pemberi kerja bayar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="314" />
        <source>government pays</source>
        <translation>pemerintah bayar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="314" />
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="328" />
        <source>You pay: {a} · Employer pays: {e} · Government pays: {g}{note}</source>
        <translation>Anda bayar: {a} · Pemberi kerja bayar: {e} · Pemerintah bayar: {g}{note}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="331" />
        <source>
* unverified tariff: not presented as fact</source>
        <translation>
* tarif belum terverifikasi: bukan angka resmi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="334" />
        <source>Settle these before taking payment.</source>
        <translation>Selesaikan ini sebelum menerima pembayaran.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="369" />
        <source>Fee quote</source>
        <translation>Rincian biaya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="371" />
        <source>Quote printed.</source>
        <translation>Rincian biaya dicetak.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="373" />
        <source>No printer answered; the quote is saved at {path}.</source>
        <translation>Tidak ada printer yang menjawab; rincian biaya disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="375" />
        <source>Not printed; the quote is saved at {path}.</source>
        <translation>Tidak dicetak; rincian biaya disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="378" />
        <source>Save quote as PDF</source>
        <translation>Simpan rincian biaya sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="379" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="391" />
        <source>Saved: {paths}</source>
        <translation>Disimpan: {paths}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="398" />
        <source>Cash drawer: closed (open a session before taking cash)</source>
        <translation>Laci kas: tertutup (buka sesi sebelum menerima tunai)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="399" />
        <source>Cash drawer open: expected {amount}</source>
        <translation>Laci kas terbuka: seharusnya {amount}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="404" />
        <source>Open cash session</source>
        <translation>Buka sesi kas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="404" />
        <source>Float (Rp):</source>
        <translation>Modal awal (Rp):</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="414" />
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <location filename="../../ltsa_desktop/ui/public/rating.py" line="42" />
        <source>Rating screen</source>
        <translation>Layar penilaian layanan</translation>
    </message>
</context>
<context>
    <name>ReceiptsPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="42" />
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="42" />
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="42" />
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="43" />
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="43" />
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="43" />
        <source>Voided by</source>
        <translation>Dibatalkan oleh</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="49" />
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="50" />
        <source>Reprint (copy)</source>
        <translation>Cetak ulang (salinan)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="51" />
        <source>Void…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="52" />
        <source>Printer…</source>
        <translation>Printer…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="62" />
        <source>Paste or scan a receipt QR payload (LTSA1.…)</source>
        <translation>Tempel atau pindai isi QR kuitansi (LTSA1.…)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="63" />
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="99" />
        <source>Receipt {n} (copy)</source>
        <translation>Kuitansi {n} (salinan)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="101" />
        <source>Copy printed.</source>
        <translation>Salinan dicetak.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="103" />
        <source>No printer answered; the copy is saved at {path}.</source>
        <translation>Printer tidak menjawab; salinan disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="105" />
        <source>Not printed; the copy is saved at {path}.</source>
        <translation>Tidak dicetak; salinan disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="114" />
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="125" />
        <source>Void receipt</source>
        <translation>Batalkan kuitansi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="114" />
        <source>Reason for voiding {n}:</source>
        <translation>Alasan membatalkan {n}:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="119" />
        <source>void receipt {n} ({reason})</source>
        <translation>pembatalan kuitansi {n} ({reason})</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="132" />
        <source>GENUINE: receipt {n}, {amount}, issued {at}.</source>
        <translation>ASLI: kuitansi {n}, {amount}, terbit {at}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="133" />
        <source>VOIDED: receipt {n} was cancelled ({detail}).</source>
        <translation>DIBATALKAN: kuitansi {n} telah dibatalkan ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="134" />
        <source>NOT GENUINE: this payload is forged or damaged ({detail}).</source>
        <translation>TIDAK ASLI: isi QR ini palsu atau rusak ({detail}).</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="32" />
        <source>Set up this LTSA office</source>
        <translation>Penyiapan kantor LTSA</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="36" />
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="37" />
        <source>The time zone follows from the province (WIB, WITA or WIT).</source>
        <translation>Zona waktu mengikuti provinsi (WIB, WITA atau WIT).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="39" />
        <source>Office code (e.g. JKT01)</source>
        <translation>Kode kantor (mis. JKT01)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="40" />
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="41" />
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="44" />
        <source>Regency/city code (4 digits, e.g. 3212)</source>
        <translation>Kode kabupaten/kota (4 angka, mis. 3212)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="45" />
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="54" />
        <source>Counters</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="56" />
        <source>Number of counters (Loket)</source>
        <translation>Jumlah loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="62" />
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="64" />
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="65" />
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="68" />
        <source>Password (at least 8 characters)</source>
        <translation>Kata sandi (minimal 8 karakter)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/setup_wizard.py" line="87" />
        <source>Time zone: {zone} ({tz})</source>
        <translation>Zona waktu: {zone} ({tz})</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="38" />
        <source>Sign in – LTSA Desktop</source>
        <translation>Masuk – LTSA Desktop</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="76" />
        <source>Preparing the database…</source>
        <translation>Menyiapkan basis data…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="80" />
        <source>DEMO – practice data only. Accounts: {accounts}. Password: {password}</source>
        <translation>DEMO – hanya data latihan. Akun: {accounts}. Kata sandi: {password}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="59" />
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="60" />
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="69" />
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/signin.py" line="70" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="230" />
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="277" />
        <source>Acknowledgement slip</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="238" />
        <source>The slip could not be kept in the data directory ({reason}); save it elsewhere with Save as PDF.</source>
        <translation>Tanda terima tidak dapat disimpan di direktori data ({reason}); simpan di tempat lain dengan Simpan sebagai PDF.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="241" />
        <source>Acknowledgement slip ready for {numbers}. Print it and hand it over, or save it as PDF.</source>
        <translation>Tanda terima untuk {numbers} siap. Cetak dan serahkan, atau simpan sebagai PDF.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="250" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="251" />
        <source>Preview…</source>
        <translation>Pratinjau…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="252" />
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="253" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="267" />
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="280" />
        <source>Slip printed.</source>
        <translation>Tanda terima dicetak.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="268" />
        <source>No printer answered; the slip is saved at {path}.</source>
        <translation>Tidak ada printer yang menjawab; tanda terima disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="284" />
        <source>Save slip as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="285" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="287" />
        <source>Folder for the slips</source>
        <translation>Folder untuk tanda terima</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="298" />
        <source>The file could not be written: {reason}</source>
        <translation>Berkas tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/case_dialogs.py" line="300" />
        <source>Saved: {paths}</source>
        <translation>Disimpan: {paths}</translation>
    </message>
</context>
<context>
    <name>StaffAdminPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="80" />
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="80" />
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="80" />
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="81" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="87" />
        <source>New account…</source>
        <translation>Akun baru…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="89" />
        <source>Deactivate / reactivate</source>
        <translation>Nonaktifkan / aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="91" />
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="102" />
        <source>Counter staff</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="102" />
        <source>Supervisor</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="103" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="106" />
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="106" />
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="126" />
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="141" />
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="133" />
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="134" />
        <source>New password for {name}:</source>
        <translation>Kata sandi baru untuk {name}:</translation>
    </message>
</context>
<context>
    <name>SupervisorDayPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="87" />
        <source>Close this day…</source>
        <translation>Tutup hari ini…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="91" />
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="95" />
        <source>Reopen day…</source>
        <translation>Buka kembali hari…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="97" />
        <source>Reopen a closed day for a correction (needs a supervisor's approval; every change is flagged in the report)</source>
        <translation>Buka kembali hari yang sudah ditutup untuk koreksi (perlu persetujuan koordinator; setiap perubahan ditandai di laporan)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="101" />
        <source>Daily report PDF…</source>
        <translation>PDF laporan harian…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="102" />
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="103" />
        <source>Week / month…</source>
        <translation>Minggu / bulan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="110" />
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="113" />
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="113" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="167" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="250" />
        <source>Served</source>
        <translation>Dilayani</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="114" />
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="114" />
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="115" />
        <source>Transferred</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="116" />
        <source>Not served</source>
        <translation>Tidak terlayani</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="117" />
        <source>Over wait target</source>
        <translation>Melewati target tunggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="118" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="164" />
        <source>Longest wait (min)</source>
        <translation>Tunggu terlama (menit)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="121" />
        <source>Show the tickets behind this figure</source>
        <translation>Tampilkan tiket di balik angka ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="127" />
        <source>Money and control</source>
        <translation>Keuangan dan pengawasan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="132" />
        <source>Collected (net)</source>
        <translation>Diterima (neto)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="132" />
        <source>Receipts</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="133" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="337" />
        <source>Voids</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="133" />
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="134" />
        <source>Cash sessions / differences</source>
        <translation>Sesi kas / selisih</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="135" />
        <source>Sync: pending / refused</source>
        <translation>Sinkronisasi: menunggu / ditolak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="136" />
        <source>Changes after close</source>
        <translation>Perubahan setelah ditutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="137" />
        <source>Overdue cases</source>
        <translation>Berkas lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="140" />
        <source>Show the records behind this figure</source>
        <translation>Tampilkan catatan di balik angka ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="158" />
        <source>Line</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="158" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="163" />
        <source>Wait median</source>
        <translation>Median tunggu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="158" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="163" />
        <source>Wait p90</source>
        <translation>Tunggu p90</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="159" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="167" />
        <source>Service median</source>
        <translation>Median layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="168" />
        <source>Service p90</source>
        <translation>Layanan p90</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="170" />
        <source>By service</source>
        <translation>Per layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="170" />
        <source>By counter</source>
        <translation>Per loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="171" />
        <source>By staff member</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="184" />
        <source>Arrivals and served per hour</source>
        <translation>Kedatangan dan dilayani per jam</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="215" />
        <source>Closed by {name}</source>
        <translation>Ditutup oleh {name}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="216" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="221" />
        <source>No tickets on this day.</source>
        <translation>Tidak ada tiket pada hari ini.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="224" />
        <source>Waiting time: median {wm} min, p90 {wp} min, longest {wx} min. Service time: median {sm} min, p90 {sp} min. Priority lane: {share:.0%} of tickets, median wait {pm} min.</source>
        <translation>Waktu tunggu: median {wm} menit, p90 {wp} menit, terlama {wx} menit. Waktu layanan: median {sm} menit, p90 {sp} menit. Jalur prioritas: {share:.0%} tiket, median tunggu {pm} menit.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="247" />
        <source>Arrivals</source>
        <translation>Kedatangan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="257" />
        <source>Satisfaction survey (IKM): no ratings on this day.</source>
        <translation>Survei Kepuasan Masyarakat (IKM): belum ada penilaian pada hari ini.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="260" />
        <source>Satisfaction survey (IKM): {index} – grade {grade} ({category}), {count} ratings.</source>
        <translation>Survei Kepuasan Masyarakat (IKM): {index} – mutu {grade} ({category}), {count} penilaian.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="264" />
        <source>Comments:</source>
        <translation>Saran dan komentar:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="286" />
        <source>Counters still open: {c}
Tickets being served: {s}
Open cash sessions: {k}
Waiting tickets to close as not served: {w}

Close and sign this day?</source>
        <translation>Loket masih buka: {c}
Tiket sedang dilayani: {s}
Sesi kas terbuka: {k}
Tiket menunggu yang ditutup sebagai tidak terlayani: {w}

Tutup dan tandatangani hari ini?</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="288" />
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="290" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="295" />
        <source>Close of day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="315" />
        <source>Reopened: every change is flagged in the report. Close it again when done.</source>
        <translation>Dibuka kembali: setiap perubahan ditandai di laporan. Tutup lagi setelah selesai.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="330" />
        <source>Payment with a fee waiver</source>
        <translation>Pembayaran dengan pembebasan biaya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="330" />
        <source>Receipt void</source>
        <translation>Pembatalan kuitansi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="331" />
        <source>Cash session closed</source>
        <translation>Sesi kas ditutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="331" />
        <source>Day reopened</source>
        <translation>Hari dibuka kembali</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="332" />
        <source>Day closed</source>
        <translation>Hari ditutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="332" />
        <source>Change refused (day closed)</source>
        <translation>Perubahan ditolak (hari sudah ditutup)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="333" />
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="333" />
        <source>Accepted by the server</source>
        <translation>Diterima server</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="334" />
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="334" />
        <source>Refused by the server</source>
        <translation>Ditolak server</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="335" />
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="335" />
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="336" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="350" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="370" />
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="336" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="359" />
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="336" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="360" />
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="336" />
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="337" />
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="337" />
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="337" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="350" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="370" />
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="338" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="350" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="370" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="350" />
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="167" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="350" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="354" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="360" />
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="163" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="354" />
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="354" />
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="354" />
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="354" />
        <source>Float</source>
        <translation>Modal awal</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="355" />
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="355" />
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="355" />
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="355" />
        <source>Signed off by</source>
        <translation>Diparaf oleh</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="359" />
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="359" />
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="359" />
        <source>Days late</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="360" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="363" />
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="363" />
        <source>in process</source>
        <translation>diproses</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="364" />
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="367" />
        <source>Records of this day</source>
        <translation>Catatan hari ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="367" />
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="370" />
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="370" />
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="379" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="391" />
        <source>Reopen day</source>
        <translation>Buka kembali hari</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="380" />
        <source>Why must this closed day be reopened? (Every change made while it is open again is flagged in the day's report; close it again when done.)</source>
        <translation>Mengapa hari yang sudah ditutup ini harus dibuka kembali? (Setiap perubahan selama dibuka kembali ditandai di laporan hari itu; tutup lagi setelah selesai.)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="384" />
        <source>Reopen a closed day</source>
        <translation>Membuka kembali hari yang sudah ditutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="397" />
        <source>Save the daily report as PDF</source>
        <translation>Simpan laporan harian sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="404" />
        <source>Daily report</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="409" />
        <source>Folder for the CSV files (tickets, cases, payments)</source>
        <translation>Folder untuk berkas CSV (tiket, berkas layanan, pembayaran)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="415" />
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="417" />
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="417" />
        <source>Saved:
{files}</source>
        <translation>Tersimpan:
{files}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="53" />
        <source>Sync with the central server</source>
        <translation>Sinkronisasi dengan server pusat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="61" />
        <source>Records the central server refused</source>
        <translation>Data yang ditolak server pusat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="64" />
        <source>These records are kept here and were not stored at the centre. Correct the cause (the record itself, or the office's enrolment at the centre), then send the record again. A conflict is sent again as a new version of the record.</source>
        <translation>Data ini tetap tersimpan di sini dan belum disimpan di pusat. Perbaiki penyebabnya (datanya sendiri, atau pendaftaran kantor di pusat), lalu kirim ulang datanya. Data yang bentrok dikirim ulang sebagai versi baru dari data tersebut.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="71" />
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="71" />
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="71" />
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="72" />
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="72" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="72" />
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="79" />
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="149" />
        <source>No refused records.</source>
        <translation>Tidak ada data yang ditolak.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="84" />
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="202" />
        <source>Send again</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="87" />
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="107" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="117" />
        <source>Waiting to be sent: {n}</source>
        <translation>Menunggu dikirim: {n}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="118" />
        <source>Last successful sync: {at}</source>
        <translation>Sinkronisasi berhasil terakhir: {at}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="120" />
        <source>This PC is not enrolled with a central server yet.</source>
        <translation>PC ini belum terdaftar di server pusat.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="122" />
        <source>Last attempt failed: {reason}</source>
        <translation>Percobaan terakhir gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="124" />
        <source>The fee catalog from the centre was refused: {reason}</source>
        <translation>Katalog tarif dari pusat ditolak: {reason}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="125" />
        <source>The vacancy list from the centre was refused: {reason}</source>
        <translation>Daftar lowongan dari pusat ditolak: {reason}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="129" />
        <source>What this PC installed before stays in use. Ask the centre's administrator to publish it again, signed with a key this office trusts.</source>
        <translation>Yang terpasang sebelumnya di PC ini tetap dipakai. Minta administrator pusat menerbitkannya lagi, ditandatangani dengan kunci yang dipercaya kantor ini.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="135" />
        <source>This PC's clock is {minutes} minutes behind the central server.</source>
        <translation>Jam PC ini terlambat {minutes} menit dibanding server pusat.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="136" />
        <source>This PC's clock is {minutes} minutes ahead of the central server.</source>
        <translation>Jam PC ini lebih cepat {minutes} menit dibanding server pusat.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="138" />
        <source>Tickets, receipts and reports carry this PC's time: ask an administrator to correct the date, time and time zone of this PC.</source>
        <translation>Tiket, kuitansi, dan laporan memakai waktu PC ini: minta administrator membetulkan tanggal, jam, dan zona waktu PC ini.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="150" />
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="150" />
        <source>conflict</source>
        <translation>bentrok</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="171" />
        <source>The record's content does not match its own label ({field} differs). Correct the record, then send it again.</source>
        <translation>Isi data tidak cocok dengan labelnya sendiri ({field} berbeda). Perbaiki datanya, lalu kirim ulang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="174" />
        <source>The centre says this record belongs to another office. Check this PC's enrolment at the centre.</source>
        <translation>Menurut pusat, data ini milik kantor lain. Periksa pendaftaran PC ini di pusat.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="176" />
        <source>The centre says this record was made on another PC; a PC may only send its own records. Check this PC's enrolment at the centre.</source>
        <translation>Menurut pusat, data ini dibuat di PC lain; sebuah PC hanya boleh mengirim datanya sendiri. Periksa pendaftaran PC ini di pusat.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="178" />
        <source>The record holds a number with decimals; amounts must be whole rupiah. Correct the record, then send it again.</source>
        <translation>Data ini memuat angka desimal; jumlah uang harus rupiah bulat. Perbaiki datanya, lalu kirim ulang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="180" />
        <source>The centre already holds other content under this version and set this copy aside. Sending it again stores it as a new version.</source>
        <translation>Pusat sudah menyimpan isi lain untuk versi ini dan menyisihkan salinan ini. Kirim ulang akan menyimpannya sebagai versi baru.</translation>
    </message>
</context>
<context>
    <name>TicketListDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="58" />
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="58" />
        <source>Line</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="58" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="59" />
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="59" />
        <source>Wait (min)</source>
        <translation>Tunggu (menit)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="59" />
        <source>Service (min)</source>
        <translation>Layanan (menit)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="60" />
        <source>Counter / staff</source>
        <translation>Loket / petugas</translation>
    </message>
</context>
<context>
    <name>VacanciesTab</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="293" />
        <source>Show closed and withdrawn</source>
        <translation>Tampilkan yang ditutup dan ditarik</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="299" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="299" />
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="299" />
        <source>Scheme</source>
        <translation>Skema</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="299" />
        <source>Accountable</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="299" />
        <source>Quota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="300" />
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="300" />
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="300" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="300" />
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="317" />
        <source>New vacancy…</source>
        <translation>Lowongan baru…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="318" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="319" />
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="320" />
        <source>Close…</source>
        <translation>Tutup…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="321" />
        <source>Withdraw…</source>
        <translation>Tarik…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="322" />
        <source>Who fits?</source>
        <translation>Siapa yang cocok?</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="323" />
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="437" />
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="445" />
        <source>Vacancy list PDF…</source>
        <translation>PDF daftar lowongan…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="340" />
        <source>This vacancy comes from the centre; only the centre's next vacancy list changes it.</source>
        <translation>Lowongan ini berasal dari pusat; hanya daftar lowongan pusat berikutnya yang dapat mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="344" />
        <source>Only a supervisor can verify a vacancy.</source>
        <translation>Hanya koordinator yang dapat memverifikasi lowongan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="348" />
        <source>✓ verified by the centre</source>
        <translation>✓ diverifikasi pusat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="350" />
        <source>✓ verified</source>
        <translation>✓ terverifikasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="351" />
        <source>validity ended</source>
        <translation>masa berlaku habis</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="351" />
        <source>no licence number</source>
        <translation>tanpa nomor izin</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="352" />
        <source>no programme</source>
        <translation>tanpa program</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="352" />
        <source>no employer</source>
        <translation>tanpa pemberi kerja</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="353" />
        <source>dates reversed</source>
        <translation>tanggal terbalik</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="353" />
        <source>not open</source>
        <translation>tidak terbuka</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="356" />
        <source>not verified yet</source>
        <translation>belum diverifikasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="361" />
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="361" />
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="361" />
        <source>withdrawn</source>
        <translation>ditarik</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="367" />
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="367" />
        <source>Centre</source>
        <translation>Pusat</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="371" />
        <source>Verified at the centre by {who}</source>
        <translation>Diverifikasi di pusat oleh {who}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="377" />
        <source>Vacancy list from the centre: version {version}, issued {issued}, {count} vacancies.</source>
        <translation>Daftar lowongan dari pusat: versi {version}, terbit {issued}, {count} lowongan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="404" />
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="419" />
        <source>Vacancies</source>
        <translation>Lowongan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="419" />
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="430" />
        <source>No registered applicant fits this vacancy.</source>
        <translation>Tidak ada pemohon terdaftar yang cocok dengan lowongan ini.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="432" />
        <source>{n} to check</source>
        <translation>{n} perlu dicek</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="434" />
        <source>Applicants who fit:</source>
        <translation>Pemohon yang cocok:</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="438" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="446" />
        <source>The file could not be written: {reason}</source>
        <translation>Berkas tidak dapat ditulis: {reason}</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="91" />
        <source>Edit vacancy</source>
        <translation>Ubah lowongan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="91" />
        <source>New vacancy</source>
        <translation>Lowongan baru</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="104" />
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="105" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="106" />
        <source>Placement scheme</source>
        <translation>Skema penempatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="107" />
        <source>P to P (through a P3MI agency)</source>
        <translation>P to P (melalui P3MI)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="108" />
        <source>Independent (perseorangan)</source>
        <translation>Perseorangan (mandiri)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="109" />
        <source>P3MI agency</source>
        <translation>Perusahaan P3MI</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="110" />
        <source>P3MI licence number (SIP3MI)</source>
        <translation>Nomor izin P3MI (SIP3MI)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="111" />
        <source>Programme (SP2T, G to G)</source>
        <translation>Program (SP2T, G to G)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="112" />
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="113" />
        <source>Fee-exempt job (Perban 9/2020)</source>
        <translation>Jabatan bebas biaya (Perban 9/2020)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="114" />
        <source>not exempt</source>
        <translation>tidak dibebaskan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="115" />
        <source>Minimum age</source>
        <translation>Usia minimal</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="116" />
        <source>Maximum age</source>
        <translation>Usia maksimal</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="117" />
        <source>Sex required</source>
        <translation>Jenis kelamin yang dibutuhkan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="117" />
        <source>Any</source>
        <translation>Bebas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="117" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="118" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="119" />
        <source>Minimum education</source>
        <translation>Pendidikan minimal</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="121" />
        <source>Certificates (comma-separated)</source>
        <translation>Sertifikat (dipisah koma)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="122" />
        <source>Health requirements</source>
        <translation>Syarat kesehatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="123" />
        <source>Minimum height (cm)</source>
        <translation>Tinggi badan minimal (cm)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="124" />
        <source>Quota</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="125" />
        <source>Monthly salary</source>
        <translation>Gaji per bulan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="126" />
        <source>Currency (e.g. TWD)</source>
        <translation>Mata uang (mis. TWD)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="127" />
        <source>Contract (months)</source>
        <translation>Kontrak (bulan)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="128" />
        <source>Valid from</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="129" />
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="130" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="208" />
        <source>Some fields need attention.</source>
        <translation>Beberapa isian perlu diperbaiki.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="211" />
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="217" />
        <source>Vacancy</source>
        <translation>Lowongan</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="47" />
        <source>Only cases assigned to me</source>
        <translation>Hanya berkas yang ditugaskan kepada saya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="59" />
        <source>Case</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="59" />
        <source>Case due</source>
        <translation>Tenggat berkas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="59" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="60" />
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="60" />
        <source>Step due</source>
        <translation>Tenggat langkah</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="60" />
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="61" />
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="69" />
        <source>Open case…</source>
        <translation>Buka berkas…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="70" />
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="88" />
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="88" />
        <source>in process</source>
        <translation>diproses</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="88" />
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="93" />
        <source>all steps done</source>
        <translation>semua langkah selesai</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="93" />
        <source>hand over to the applicant</source>
        <translation>serahkan kepada pemohon</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="96" />
        <source> (overdue)</source>
        <translation> (terlambat)</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="111" />
        <source>{n} open cases, {late} overdue</source>
        <translation>{n} berkas terbuka, {late} terlambat</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ltsa_desktop/app.py" line="121" />
        <source>The database failed its integrity check and no good backup was found.
The damaged file was left untouched: {path}
Problem: {problem}</source>
        <translation>Basis data gagal pemeriksaan integritas dan tidak ada cadangan yang baik.
Berkas yang rusak tidak diubah: {path}
Masalah: {problem}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/app.py" line="125" />
        <source>The database failed its integrity check ({problem}).
Restore the latest good backup ({backup})? The damaged file is kept beside it.</source>
        <translation>Basis data gagal pemeriksaan integritas ({problem}).
Pulihkan cadangan baik terakhir ({backup})? Berkas yang rusak disimpan di sebelahnya.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/app.py" line="135" />
        <source>The database could not be upgraded. It was put back as it was before.
{detail}</source>
        <translation>Basis data tidak dapat diperbarui. Basis data dikembalikan seperti semula.
{detail}</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/app.py" line="158" />
        <source>Preparing the demo office (first start only, about half a minute)…</source>
        <translation>Menyiapkan kantor demo (hanya pada awal pertama, sekitar setengah menit)…</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/app.py" line="182" />
        <location filename="../../ltsa_desktop/ui/single_instance.py" line="39" />
        <source>LTSA Desktop is already running for this data directory; it was brought to the front.</source>
        <translation>LTSA Desktop sudah berjalan untuk direktori data ini; jendelanya dimunculkan ke depan.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ltsa_desktop/ui/errors.py" line="142" />
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="33" />
        <source>You are not allowed to do this. The attempt was recorded.</source>
        <translation>Anda tidak berwenang melakukan ini. Percobaan ini dicatat.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="34" />
        <source>This needs a supervisor's approval.</source>
        <translation>Ini memerlukan persetujuan koordinator.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="39" />
        <source>The record was not found.</source>
        <translation>Data tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="40" />
        <source>This cannot be done now: {detail}.</source>
        <translation>Ini tidak dapat dilakukan sekarang: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="41" />
        <source>Someone else saved this record meanwhile. It has been reloaded; nothing you typed was saved yet.</source>
        <translation>Petugas lain telah menyimpan data ini. Data dimuat ulang; isian Anda belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="43" />
        <source>The database is busy. Nothing was saved; please try again.</source>
        <translation>Basis data sedang sibuk. Tidak ada yang disimpan; silakan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="35" />
        <source>Wrong username or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="36" />
        <source>This account is locked after too many failed sign-ins, until {until}.</source>
        <translation>Akun ini dikunci karena terlalu banyak gagal masuk, sampai pukul {until}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="48" />
        <source>Some fields need attention.</source>
        <translation>Beberapa isian perlu diperbaiki.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="44" />
        <source>The database could not be upgraded; it was put back as it was.</source>
        <translation>Basis data tidak dapat diperbarui; dikembalikan seperti semula.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="45" />
        <source>The backup failed: {detail}.</source>
        <translation>Pencadangan gagal: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="46" />
        <source>That backup file is damaged; nothing was restored.</source>
        <translation>Berkas cadangan itu rusak; tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="49" />
        <source>This field is required.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="50" />
        <source>Too long (at most {max} characters).</source>
        <translation>Terlalu panjang (maksimal {max} karakter).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="51" />
        <source>A username is one word without spaces.</source>
        <translation>Nama pengguna adalah satu kata tanpa spasi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="52" />
        <source>This username is already in use.</source>
        <translation>Nama pengguna ini sudah dipakai.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="53" />
        <source>The password needs at least {min} characters.</source>
        <translation>Kata sandi minimal {min} karakter.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="54" />
        <source>Choose a role.</source>
        <translation>Pilih peran.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="55" />
        <source>2–12 capital letters or digits, e.g. JKT01.</source>
        <translation>2–12 huruf kapital atau angka, mis. JKT01.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="56" />
        <source>Unknown province code.</source>
        <translation>Kode provinsi tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="57" />
        <source>Four digits starting with the province code, e.g. 3212.</source>
        <translation>Empat angka diawali kode provinsi, mis. 3212.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="58" />
        <source>Not a regency or city of the chosen province; choose one from the list.</source>
        <translation>Bukan kabupaten/kota di provinsi yang dipilih; pilih dari daftar.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="60" />
        <source>This regency or city is not in the chosen province.</source>
        <translation>Kabupaten/kota ini tidak berada di provinsi yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="61" />
        <source>At least one counter is needed.</source>
        <translation>Minimal satu loket.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="66" />
        <source>This file type cannot be attached; only {allowed} files.</source>
        <translation>Jenis berkas ini tidak dapat dilampirkan; hanya berkas {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="67" />
        <source>This file is empty or too large (at most {max_mb} MB). Scan it again at a lower resolution.</source>
        <translation>Berkas ini kosong atau terlalu besar (paling besar {max_mb} MB). Pindai ulang dengan resolusi lebih rendah.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="69" />
        <source>The file could not be read: {detail}.</source>
        <translation>Berkas tidak dapat dibaca: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="71" />
        <source>An NIK has exactly 16 digits.</source>
        <translation>NIK terdiri dari tepat 16 angka.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="72" />
        <source>An NIK contains digits only.</source>
        <translation>NIK hanya berisi angka.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="73" />
        <source>The first two digits of the NIK are not a province code.</source>
        <translation>Dua angka pertama NIK bukan kode provinsi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="74" />
        <source>The day in the NIK (digits 7–8) is not 01–31 or 41–71.</source>
        <translation>Tanggal pada NIK (angka ke-7–8) bukan 01–31 atau 41–71.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="75" />
        <source>The month in the NIK (digits 9–10) is not 01–12.</source>
        <translation>Bulan pada NIK (angka ke-9–10) bukan 01–12.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="76" />
        <source>The birth date in the NIK does not exist.</source>
        <translation>Tanggal lahir pada NIK tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="77" />
        <source>The last four digits of an NIK cannot be 0000.</source>
        <translation>Empat angka terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="78" />
        <source>The NIK's birth date differs from the date entered. An NIK is never reissued, so this is only a warning.</source>
        <translation>Tanggal lahir pada NIK berbeda dengan yang diisi. NIK tidak pernah diterbitkan ulang, jadi ini hanya peringatan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="80" />
        <source>The NIK's sex differs from the sex entered (warning only).</source>
        <translation>Jenis kelamin pada NIK berbeda dengan yang diisi (hanya peringatan).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="63" />
        <source>Not a valid phone number (e.g. 0812 3456 7890 or +62 812…).</source>
        <translation>Nomor telepon tidak valid (mis. 0812 3456 7890 atau +62 812…).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="64" />
        <source>Placement services need the applicant to be at least 18 years old (UU 18/2017 Pasal 5).</source>
        <translation>Layanan penempatan mensyaratkan pemohon berusia minimal 18 tahun (UU 18/2017 Pasal 5).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="62" />
        <source>This date is in the future.</source>
        <translation>Tanggal ini di masa depan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="81" />
        <source>The NIK's regency digits (3–4) are not in the current region list; it may be an older code. An NIK is never reissued, so this is only a warning.</source>
        <translation>Kode kabupaten/kota pada NIK (angka ke-3–4) tidak ada dalam daftar wilayah saat ini; mungkin kode lama. NIK tidak pernah diterbitkan ulang, jadi ini hanya peringatan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="85" />
        <source>The central server cannot be reached. Records stay safe here and are sent later.</source>
        <translation>Server pusat tidak dapat dihubungi. Data tetap aman di sini dan dikirim nanti.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="87" />
        <source>The central server did not answer in time. Will retry.</source>
        <translation>Server pusat tidak menjawab tepat waktu. Akan dicoba lagi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="88" />
        <source>The central server refused this device. Enroll it again.</source>
        <translation>Server pusat menolak perangkat ini. Daftarkan ulang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="89" />
        <source>The central server sent an answer that could not be read.</source>
        <translation>Jawaban server pusat tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="90" />
        <source>The central server reported an error. Will retry.</source>
        <translation>Server pusat melaporkan kesalahan. Akan dicoba lagi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="91" />
        <source>The data is too large.</source>
        <translation>Data terlalu besar.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="92" />
        <source>This device is not enrolled with a central server yet.</source>
        <translation>Perangkat ini belum terdaftar di server pusat.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="94" />
        <source>No secure credential store is available on this PC. Install one (Windows Credential Manager, GNOME Keyring or KWallet).</source>
        <translation>Tidak ada penyimpanan kredensial aman di PC ini. Pasang salah satu (Windows Credential Manager, GNOME Keyring atau KWallet).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="97" />
        <source>This PC's receipt-signing key is missing from the secure credential store. No payment can be taken until an administrator restores it or registers a new key (Administration → Device).</source>
        <translation>Kunci tanda tangan kuitansi PC ini tidak ada di penyimpanan kredensial aman. Pembayaran tidak dapat diterima sampai administrator memulihkannya atau mendaftarkan kunci baru (Administrasi → Perangkat).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="100" />
        <source>The secure credential store of this PC is locked. Sign in to the desktop session (or unlock the keyring) and try again.</source>
        <translation>Penyimpanan kredensial aman di PC ini terkunci. Masuk ke sesi desktop (atau buka kunci keyring) lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="102" />
        <source>A choice in the fee quote is still open (for example the contract length, or one of two alternative services). Settle it on the Fees &amp; payment page before taking payment.</source>
        <translation>Masih ada pilihan yang belum ditentukan dalam rincian biaya (misalnya lama kontrak, atau salah satu dari dua layanan alternatif). Tentukan dulu di halaman Biaya dan pembayaran sebelum menerima pembayaran.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="105" />
        <source>The fees worked out for the saved applicant differ from the quote on screen (the profile on the Fees &amp; payment page was changed, or the fee schedule changed). Nothing was charged: check the profile and the quote, then take the payment again.</source>
        <translation>Biaya yang dihitung untuk pemohon yang tersimpan berbeda dari rincian di layar (profil di halaman Biaya dan pembayaran diubah, atau jadwal tarif berubah). Tidak ada yang ditagih: periksa profil dan rinciannya, lalu terima pembayaran lagi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="109" />
        <source>No printer answered. The document was saved as PDF.</source>
        <translation>Tidak ada printer yang menjawab. Dokumen disimpan sebagai PDF.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="111" />
        <source>Choose one of the values in the list.</source>
        <translation>Pilih salah satu nilai dalam daftar.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="112" />
        <source>Unknown placement scheme: {scheme}.</source>
        <translation>Skema penempatan tidak dikenal: {scheme}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="113" />
        <source>This text contains invisible control characters; type it again.</source>
        <translation>Teks ini berisi karakter kontrol yang tidak terlihat; ketik ulang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="115" />
        <source>Enter a number from {min} to {max}.</source>
        <translation>Masukkan angka dari {min} sampai {max}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="116" />
        <source>The minimum ({min}) is above the maximum ({max}): no one could meet this.</source>
        <translation>Batas minimal ({min}) di atas batas maksimal ({max}): tidak ada yang dapat memenuhinya.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="118" />
        <source>Give the salary currency as a three-letter code, e.g. TWD, HKD, MYR.</source>
        <translation>Tulis mata uang gaji sebagai kode tiga huruf, mis. TWD, HKD, MYR.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="120" />
        <source>The validity of this vacancy has ended; it cannot be shown as verified. Enter the new validity from the job order first.</source>
        <translation>Masa berlaku lowongan ini sudah habis; lowongan tidak dapat ditampilkan sebagai terverifikasi. Masukkan dulu masa berlaku baru dari job order.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="122" />
        <source>The validity ends before it starts.</source>
        <translation>Masa berlaku berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="123" />
        <source>A P to P vacancy needs the P3MI licence number before it can be verified.</source>
        <translation>Lowongan P to P memerlukan nomor izin P3MI sebelum dapat diverifikasi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="125" />
        <source>Name the programme (SP2T, G to G) before verifying.</source>
        <translation>Sebutkan programnya (SP2T, G to G) sebelum verifikasi.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="126" />
        <source>Name the employer before verifying an independent placement.</source>
        <translation>Sebutkan pemberi kerja sebelum memverifikasi penempatan perseorangan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="128" />
        <source>This vacancy is not open (closed, withdrawn, not verified or no longer valid).</source>
        <translation>Lowongan ini tidak terbuka (ditutup, ditarik, belum diverifikasi, atau tidak berlaku lagi).</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="130" />
        <source>This counselling session referred to no vacancy, so it has no referral slip.</source>
        <translation>Sesi bimbingan ini tidak merujuk ke lowongan mana pun, sehingga tidak ada surat rujukan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="133" />
        <source>It is signed with a key this office does not trust. Nothing was installed.</source>
        <translation>Ditandatangani dengan kunci yang tidak dipercaya kantor ini. Tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="135" />
        <source>The issuer key is not usable. Nothing was installed.</source>
        <translation>Kunci penerbit tidak dapat dipakai. Tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="136" />
        <source>Its signature does not match its content: it may have been altered. Nothing was installed.</source>
        <translation>Tanda tangannya tidak cocok dengan isinya: mungkin telah diubah. Tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="138" />
        <source>Its content was changed after it was signed. Nothing was installed.</source>
        <translation>Isinya diubah setelah ditandatangani. Tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="140" />
        <source>It carries no signature. Nothing was installed.</source>
        <translation>Tidak bertanda tangan. Tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="141" />
        <source>The file is damaged or not in the expected format. Nothing was installed.</source>
        <translation>Berkas rusak atau tidak dalam format yang diharapkan. Tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="143" />
        <source>The file is larger than allowed. Nothing was installed.</source>
        <translation>Berkas lebih besar daripada yang diizinkan. Tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="144" />
        <source>This vacancy comes from the centre's vacancy list; only the centre's next list changes it.</source>
        <translation>Lowongan ini berasal dari daftar lowongan pusat; hanya daftar pusat berikutnya yang dapat mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="146" />
        <source>This file is not of the expected kind (a catalog was given as a vacancy list, or the other way round). Nothing was installed.</source>
        <translation>Berkas ini bukan jenis yang diharapkan (katalog diberikan sebagai daftar lowongan, atau sebaliknya). Tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="148" />
        <source>The vacancy list from the centre is not valid; nothing was installed. The log names the problems.</source>
        <translation>Daftar lowongan dari pusat tidak sah; tidak ada yang dipasang. Log menyebutkan masalahnya.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="150" />
        <source>This vacancy list is not newer than the one installed; nothing was changed.</source>
        <translation>Daftar lowongan ini tidak lebih baru daripada yang terpasang; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="153" />
        <source>{day} has been closed and signed off, so nothing that belongs to it can change. Nothing was saved. A supervisor can reopen the day (Day review → Reopen day…) if a correction is really needed.</source>
        <translation>Hari {day} sudah ditutup dan ditandatangani, sehingga catatan hari itu tidak dapat diubah. Tidak ada yang disimpan. Koordinator dapat membuka kembali hari itu (Tinjauan harian → Buka kembali hari…) bila koreksi benar-benar perlu.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="156" />
        <source>This day is already closed.</source>
        <translation>Hari ini sudah ditutup.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="158" />
        <source>A summary covers at most {max} days.</source>
        <translation>Ringkasan mencakup paling banyak {max} hari.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="159" />
        <source>This day is not closed, so there is nothing to reopen.</source>
        <translation>Hari ini belum ditutup, jadi tidak ada yang perlu dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="160" />
        <source>The day cannot be closed yet. Counters still open: {counters}. Tickets being served: {serving}. Open cash sessions: {cash_sessions}.</source>
        <translation>Hari belum dapat ditutup. Loket yang masih buka: {counters}. Tiket yang sedang dilayani: {serving}. Sesi kas yang masih buka: {cash_sessions}.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="164" />
        <source>This service visit has already been rated. Thank you.</source>
        <translation>Layanan ini sudah dinilai. Terima kasih.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="165" />
        <source>Ticket {number} is not finished yet, so it cannot be rated.</source>
        <translation>Tiket {number} belum selesai dilayani, jadi belum dapat dinilai.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="167" />
        <source>Choose a rating from 1 to 4 for every question.</source>
        <translation>Pilih nilai 1 sampai 4 untuk setiap pertanyaan.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="157" />
        <location filename="../../ltsa_desktop/ui/messages.py" line="168" />
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/messages.py" line="170" />
        <source>Something went wrong ({code}). Nothing was changed.</source>
        <translation>Terjadi kesalahan ({code}). Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/staff_admin.py" line="144" />
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/supervisor_day.py" line="524" />
        <source>Day review</source>
        <translation>Tinjauan harian</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/queue_counter.py" line="253" />
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/overview.py" line="40" />
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/applicants.py" line="356" />
        <source>Applicants</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/fees.py" line="564" />
        <source>Fees &amp; payment</source>
        <translation>Biaya dan pembayaran</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="190" />
        <location filename="../../ltsa_desktop/ui/pages/receipts.py" line="191" />
        <source>Receipts</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="399" />
        <source>Catalog and fees</source>
        <translation>Katalog dan tarif</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="400" />
        <source>This device</source>
        <translation>Perangkat ini</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/admin_office.py" line="401" />
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/complaints.py" line="240" />
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/worklist.py" line="125" />
        <source>My worklist</source>
        <translation>Daftar kerja saya</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/sync_status.py" line="208" />
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/pages/jobs.py" line="638" />
        <source>Jobs</source>
        <translation>Lowongan kerja</translation>
    </message>
</context>
<context>
    <name>workspaces</name>
    <message>
        <location filename="../../ltsa_desktop/ui/workspaces/__init__.py" line="31" />
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/workspaces/__init__.py" line="33" />
        <source>Supervisor</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ltsa_desktop/ui/workspaces/__init__.py" line="35" />
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
</context>
</TS>