# Generated from ui/new_wijk_dialog.ui by packaging/build_forms.py; do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_NewWijkDialog(object):
    def setupUi(self, NewWijkDialog):
        if not NewWijkDialog.objectName():
            NewWijkDialog.setObjectName(u"NewWijkDialog")
        NewWijkDialog.resize(480, 380)
        self.verticalLayout = QVBoxLayout(NewWijkDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(NewWijkDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewWijkDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.municipalityLabel = QLabel(NewWijkDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityEdit = QLineEdit(NewWijkDialog)
        self.municipalityEdit.setObjectName(u"municipalityEdit")
        self.municipalityEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.homesLabel = QLabel(NewWijkDialog)
        self.homesLabel.setObjectName(u"homesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.homesLabel)

        self.homesSpin = QSpinBox(NewWijkDialog)
        self.homesSpin.setObjectName(u"homesSpin")
        self.homesSpin.setMaximum(1000000)
        self.homesSpin.setSingleStep(50)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.homesSpin)

        self.vulnerableCheck = QCheckBox(NewWijkDialog)
        self.vulnerableCheck.setObjectName(u"vulnerableCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vulnerableCheck)

        self.templateLabel = QLabel(NewWijkDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(NewWijkDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.descriptionLabel = QLabel(NewWijkDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(NewWijkDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(NewWijkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #B71C1C;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewWijkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.homesLabel.setBuddy(self.homesSpin)
        self.templateLabel.setBuddy(self.templateCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.homesSpin)
        QWidget.setTabOrder(self.homesSpin, self.vulnerableCheck)
        QWidget.setTabOrder(self.vulnerableCheck, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.descriptionEdit)

        self.retranslateUi(NewWijkDialog)
    # setupUi

    def retranslateUi(self, NewWijkDialog):
        NewWijkDialog.setWindowTitle(QCoreApplication.translate("NewWijkDialog", u"New wijk", None))
        self.nameLabel.setText(QCoreApplication.translate("NewWijkDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewWijkDialog", u"e.g. Vogelwijk-Oost", None))
        self.municipalityLabel.setText(QCoreApplication.translate("NewWijkDialog", u"&Municipality", None))
        self.homesLabel.setText(QCoreApplication.translate("NewWijkDialog", u"&Homes", None))
        self.vulnerableCheck.setText(QCoreApplication.translate("NewWijkDialog", u"&Vulnerable neighbourhood (liveability and energy together)", None))
        self.templateLabel.setText(QCoreApplication.translate("NewWijkDialog", u"Roadmap &template", None))
        self.descriptionLabel.setText(QCoreApplication.translate("NewWijkDialog", u"&Description", None))
    # retranslateUi
